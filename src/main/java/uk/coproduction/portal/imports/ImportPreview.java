package uk.coproduction.portal.imports;

import java.util.List;
import java.util.Set;

/**
 * What an uploaded file would import, before anything is saved.
 *
 * @param fileProblems problems with the whole file (wrong encoding, broken quotes, already imported…); when there
 *                     are any, nothing in it can be imported
 * @param rows         every row that is not blank, in file order
 * @param blankRows    rows with no cell filled in, which are left out
 */
public record ImportPreview(
        String fileName, String fileHash, List<ImportProblem> fileProblems, List<CheckedRow> rows, int blankRows) {

    public ImportPreview {
        fileProblems = List.copyOf(fileProblems);
        rows = List.copyOf(rows);
    }

    public int ready() {
        return count(CheckedRow.Status.READY);
    }

    public int withProblems() {
        return count(CheckedRow.Status.PROBLEMS);
    }

    public int alreadyImported() {
        return count(CheckedRow.Status.ALREADY_IMPORTED);
    }

    public int repeatedInFile() {
        return count(CheckedRow.Status.REPEATED_IN_FILE);
    }

    /** Rows likely to be the same form as one imported before or as an earlier line: shown, not imported unasked. */
    public List<CheckedRow> likelyDuplicates() {
        return rows.stream().filter(CheckedRow::likelyDuplicate).toList();
    }

    /** True when the file can be imported: no problem with the file itself and at least one good row. */
    public boolean importable() {
        return fileProblems.isEmpty() && ready() > 0;
    }

    /** True when something would be imported with these likely duplicates imported anyway. */
    public boolean importable(Set<Integer> importAnyway) {
        return fileProblems.isEmpty()
                && (ready() > 0 || likelyDuplicates().stream().anyMatch(r -> importAnyway.contains(r.row())));
    }

    /** Every problem in the rows, in row order. */
    public List<ImportProblem> rowProblems() {
        return rows.stream().flatMap(r -> r.problems().stream()).toList();
    }

    private int count(CheckedRow.Status status) {
        return (int) rows.stream().filter(r -> r.status() == status).count();
    }
}
