package uk.coproduction.portal.imports;

import java.util.List;

/**
 * One row of an uploaded file after checking.
 *
 * @param row      its number as a spreadsheet shows it (the header is row 1)
 * @param service  the service as written in the file
 * @param received the date received as written in the file
 * @param problems everything wrong with it; empty when it can be imported
 */
public record CheckedRow(int row, Status status, String service, String received, List<ImportProblem> problems) {

    public enum Status {
        READY, PROBLEMS, ALREADY_IMPORTED
    }

    public CheckedRow {
        problems = List.copyOf(problems);
    }
}
