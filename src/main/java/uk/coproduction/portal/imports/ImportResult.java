package uk.coproduction.portal.imports;

/** What an import saved: the good rows became feedback; rows with problems and rows imported before were skipped. */
public record ImportResult(long batchId, String fileName, int imported, int withProblems, int alreadyImported) {
}
