package uk.coproduction.portal.activities;

import uk.coproduction.portal.base.InvalidInputException;

import java.util.List;

/**
 * Rows of a quick entry that cannot be saved, each by its row number (from 1, as shown) and field. Nothing of the
 * batch is saved. The ordinary problems carry fields like {@code row.3.group}.
 */
public class AnswerRowsRejected extends InvalidInputException {

    /** @param field group, ageBand, answers or words */
    public record RowProblem(int row, String field, String messageKey) {}

    private final List<RowProblem> rowProblems;

    public AnswerRowsRejected(List<RowProblem> rowProblems) {
        super(rowProblems.stream()
                .map(p -> new Problem("row." + p.row() + "." + p.field(), p.messageKey()))
                .toList());
        this.rowProblems = List.copyOf(rowProblems);
    }

    public List<RowProblem> rowProblems() {
        return rowProblems;
    }
}
