package uk.coproduction.portal.imports;

import java.util.List;

/**
 * One row of an uploaded file after checking.
 *
 * @param row         its number as a spreadsheet shows it (the header is row 1)
 * @param service     the service as written in the file
 * @param received    the date received as written in the file
 * @param problems    everything wrong with it; empty when it can be imported
 * @param duplicateOf for a likely duplicate ({@link Status#ALREADY_IMPORTED}, {@link Status#REPEATED_IN_FILE}),
 *                    the row it is taken for; null otherwise
 */
public record CheckedRow(
        int row,
        Status status,
        String service,
        String received,
        List<ImportProblem> problems,
        DuplicateOf duplicateOf) {

    public enum Status {
        READY,
        PROBLEMS,
        /** Likely the same form as a row imported before (from any file): left out unless imported anyway. */
        ALREADY_IMPORTED,
        /** Likely the same form as an earlier line of this file: left out unless imported anyway. */
        REPEATED_IN_FILE
    }

    public CheckedRow {
        problems = List.copyOf(problems);
    }

    CheckedRow(int row, Status status, String service, String received, List<ImportProblem> problems) {
        this(row, status, service, received, problems, null);
    }

    public boolean likelyDuplicate() {
        return status == Status.ALREADY_IMPORTED || status == Status.REPEATED_IN_FILE;
    }
}
