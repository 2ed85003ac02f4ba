package uk.coproduction.portal.imports;

import java.util.List;

/**
 * Something wrong with a file or one of its rows: where (row as numbered in a spreadsheet, the header being row 1;
 * 0 for the whole file), which column (null when the whole row or file), and a translation key saying what is wrong
 * and how to fix it, with its arguments.
 */
public record ImportProblem(int row, String column, String messageKey, List<String> args) {

    public ImportProblem {
        args = List.copyOf(args);
    }

    static ImportProblem file(String messageKey, String... args) {
        return new ImportProblem(0, null, messageKey, List.of(args));
    }

    static ImportProblem row(int row, ImportColumn column, String messageKey, String... args) {
        return new ImportProblem(row, column == null ? null : column.header(), messageKey, List.of(args));
    }

    public boolean aboutWholeFile() {
        return row == 0;
    }
}
