package uk.coproduction.portal.outcomes;

import java.math.BigDecimal;
import java.util.List;

/**
 * What a CSV file of values would do, before anything is saved: each good line with what it would do, and each
 * problem with its line number. A file with any problem is not imported at all, so the person fixes the lines and
 * tries again rather than finding half a file in the history.
 */
public record ValueImportPreview(String fileName, List<Line> lines, List<LineProblem> problems) {

    public enum Outcome {
        /** a value for a date that had none */
        NEW,
        /** a different value for a date that had one: saved as its correction, the earlier value kept */
        CORRECTS,
        /** the same value and period as already recorded for that date: left out */
        ALREADY_RECORDED
    }

    /**
     * @param line     the line number in the file (the header is line 1)
     * @param replaces the value it corrects, when {@code outcome} is CORRECTS
     */
    public record Line(int line, Indicator indicator, NewValue value, Outcome outcome, BigDecimal replaces) {}

    /**
     * @param line       the line number in the file (the header is line 1)
     * @param column     the column the problem is in ("indicator", "date", "value", "period", "source"), or null
     * @param messageKey the translation key of the message saying how to put it right
     * @param argument   what the message quotes (what was written, or the line it repeats)
     */
    public record LineProblem(int line, String column, String messageKey, String argument) {}

    /** True when the file has no problems and at least one line that would change the history. */
    public boolean canImport() {
        return problems.isEmpty() && lines.stream().anyMatch(l -> l.outcome() != Outcome.ALREADY_RECORDED);
    }

    public long count(Outcome outcome) {
        return lines.stream().filter(l -> l.outcome() == outcome).count();
    }
}
