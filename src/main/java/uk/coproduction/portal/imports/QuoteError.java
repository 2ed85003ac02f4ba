package uk.coproduction.portal.imports;

import java.util.Optional;

/**
 * Where a file's quoting first goes wrong, as a spreadsheet user would find it: the line (counted as a text editor
 * counts lines) and the cell (its column letter). Commons CSV names neither reliably ("Line ?" before, issue 24
 * finding 4), so the text is scanned with the same RFC 4180 rules: a quoted cell starts with a quote mark, a quote
 * inside it is written twice, and the closing quote is followed by a comma or the end of the line.
 *
 * @param notClosed true when a quote is never closed (the line and cell are where it was opened); false when text
 *                  follows a closing quote
 */
record QuoteError(int line, int cell, boolean notClosed) {

    static Optional<QuoteError> find(String text) {
        int line = 1;
        int cell = 0;
        boolean quoted = false;
        boolean justClosed = false;
        boolean atCellStart = true;
        int openedLine = 0;
        int openedCell = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"') {
                    if (i + 1 < text.length() && text.charAt(i + 1) == '"') {
                        i++;
                    } else {
                        quoted = false;
                        justClosed = true;
                    }
                } else if (c == '\n') {
                    line++;
                }
                continue;
            }
            if (c == ',') {
                cell++;
                atCellStart = true;
                justClosed = false;
            } else if (c == '\n' || c == '\r') {
                if (c == '\n' || i + 1 >= text.length() || text.charAt(i + 1) != '\n') {
                    line++;
                }
                cell = 0;
                atCellStart = true;
                justClosed = false;
            } else if (justClosed) {
                return Optional.of(new QuoteError(line, cell, false));
            } else if (c == '"' && atCellStart) {
                quoted = true;
                openedLine = line;
                openedCell = cell;
                atCellStart = false;
            } else {
                atCellStart = false;
            }
        }
        return quoted ? Optional.of(new QuoteError(openedLine, openedCell, true)) : Optional.empty();
    }
}
