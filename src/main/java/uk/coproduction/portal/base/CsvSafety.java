package uk.coproduction.portal.base;

import org.jspecify.annotations.Nullable;

/**
 * Cells for CSV files the portal writes. A spreadsheet runs a cell that starts with {@code =}, {@code +}, {@code -},
 * {@code @}, a tab or a carriage return as a formula ("CSV injection", e.g. {@code =cmd|' /C calc'!A0}); people's
 * words can start that way, so every CSV export must pass each cell through {@link #cell(String)}, which puts a
 * single quote in front: the spreadsheet then shows the words as text. Imported words are stored exactly as written.
 */
public final class CsvSafety {

    private CsvSafety() {}

    /** The cell as text a spreadsheet will not run; null becomes an empty cell. */
    public static String cell(@Nullable String value) {
        if (value == null || value.isEmpty()) {
            return "";
        }
        return startsLikeAFormula(value) ? "'" + value : value;
    }

    /** True when a spreadsheet would read the cell as a formula (leading spaces are ignored by some of them). */
    public static boolean startsLikeAFormula(String value) {
        if (value == null || value.isEmpty()) {
            return false;
        }
        char first = value.charAt(0);
        if (first == '\t' || first == '\r' || first == '\n') {
            return true;
        }
        String stripped = value.stripLeading();
        if (stripped.isEmpty()) {
            return false;
        }
        char c = stripped.charAt(0);
        return c == '='
                || c == '+'
                || c == '-'
                || c == '@'
                || c == '\uFF1D'
                || c == '\uFF0B'
                || c == '\uFF0D'
                || c == '\uFF20';
    }
}
