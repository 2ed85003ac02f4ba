package uk.coproduction.portal.exports;

/** How far an export has got, and whether the person has asked to stop it. */
public interface ExportProgress {

    /** For callers that show no progress and never cancel. */
    ExportProgress NONE = new ExportProgress() {
        @Override
        public void update(long done, long total) {}

        @Override
        public boolean isCancelled() {
            return false;
        }
    };

    /** Called often, from the thread doing the work. */
    void update(long done, long total);

    boolean isCancelled();
}
