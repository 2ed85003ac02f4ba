package uk.coproduction.portal.exports;

/** The person stopped the export; its half-written file has been deleted. */
public class ExportCancelledException extends RuntimeException {

    public ExportCancelledException() {
        super("Export cancelled");
    }
}
