package uk.coproduction.portal.imports;

/** How far a check or an import has got, and whether the person has asked to stop it. */
public interface ImportProgress {

    /** For callers that show no progress and never cancel. */
    ImportProgress NONE = new ImportProgress() {
        @Override
        public void update(int done, int total) {}

        @Override
        public boolean isCancelled() {
            return false;
        }
    };

    /** Called often, from the thread doing the work. */
    void update(int done, int total);

    boolean isCancelled();
}
