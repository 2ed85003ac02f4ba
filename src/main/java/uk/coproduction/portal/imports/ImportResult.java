package uk.coproduction.portal.imports;

/**
 * What an import saved: the good rows, and the likely duplicates the importer chose to import anyway, became
 * feedback; rows with problems and the other likely duplicates were left out.
 */
public record ImportResult(
        long batchId, String fileName, int imported, int withProblems, int duplicatesLeftOut, int importedAnyway) {

    /** Likely duplicates left out (kept as the old name for the history and messages). */
    public int alreadyImported() {
        return duplicatesLeftOut;
    }

    public int duplicates() {
        return duplicatesLeftOut;
    }
}
