package uk.coproduction.portal.imports;

/** The person stopped a check or an import; an import's transaction is rolled back, so nothing of it is kept. */
public class ImportCancelledException extends RuntimeException {

    public ImportCancelledException() {
        super("Cancelled by the person importing", null, false, false);
    }
}
