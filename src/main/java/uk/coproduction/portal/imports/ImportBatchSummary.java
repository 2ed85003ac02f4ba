package uk.coproduction.portal.imports;

import java.time.Instant;

/** One line of the imports history. */
public record ImportBatchSummary(
        long id,
        String fileName,
        String importedBy,
        Instant importedAt,
        int imported,
        int withProblems,
        int alreadyImported) {}
