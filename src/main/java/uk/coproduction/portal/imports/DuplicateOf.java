package uk.coproduction.portal.imports;

import java.time.Instant;

/**
 * What a likely duplicate was taken for: an earlier line of the same file ({@code batchId} null), or a row of an
 * earlier import (its batch, file, when, and its line in that file).
 */
public record DuplicateOf(int line, Long batchId, String fileName, Instant importedAt) {

    static DuplicateOf lineInThisFile(int line) {
        return new DuplicateOf(line, null, null, null);
    }

    public boolean inThisFile() {
        return batchId == null;
    }

    /** As recorded on a row imported anyway (in English, like the rest of the audit trail). */
    String reason() {
        return inThisFile()
                ? "same as line " + line
                : "imported before: line " + line + " of batch " + batchId + " (" + fileName + ", " + importedAt + ")";
    }
}
