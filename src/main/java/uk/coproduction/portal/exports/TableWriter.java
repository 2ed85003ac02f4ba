package uk.coproduction.portal.exports;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import uk.coproduction.portal.base.CsvSafety;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Writes a table row by row to a CSV or XLSX stream, never holding more than a few rows. Cells are text or numbers:
 * every CSV cell goes through {@link CsvSafety#cell} (formula injection), and XLSX cells are written as inline
 * text or numbers, never as formulas.
 */
abstract class TableWriter implements AutoCloseable {

    static TableWriter of(ExportFormat format, OutputStream out, String sheetName) {
        return format == ExportFormat.CSV ? new Csv(out) : new Xlsx(out, sheetName);
    }

    /** A row of cells: each a String, a Number (written as a number) or null (an empty cell). */
    abstract void row(List<?> cells);

    @Override
    public abstract void close();

    private static final class Csv extends TableWriter {

        private final CSVPrinter printer;

        Csv(OutputStream out) {
            try {
                BufferedWriter writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
                writer.write('\uFEFF'); // so that spreadsheet programs read the file as UTF-8
                printer = new CSVPrinter(
                        writer,
                        CSVFormat.DEFAULT.builder().setRecordSeparator("\r\n").get());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        void row(List<?> cells) {
            try {
                printer.printRecord(cells.stream()
                        .map(cell -> CsvSafety.cell(cell == null ? null : text(cell)))
                        .toList());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        private static String text(Object cell) {
            return cell instanceof Double d ? String.valueOf(d) : cell.toString();
        }

        @Override
        public void close() {
            try {
                printer.close(true);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private static final class Xlsx extends TableWriter {

        private static final int FLUSH_EVERY = 1000;

        private final Workbook workbook;
        private final Worksheet sheet;
        private int rowNumber;

        Xlsx(OutputStream out, String sheetName) {
            workbook = new Workbook(out, "Coproduction Portal", "1.0");
            sheet = workbook.newWorksheet(sheetName);
        }

        @Override
        void row(List<?> cells) {
            for (int column = 0; column < cells.size(); column++) {
                Object cell = cells.get(column);
                if (cell instanceof Number number) {
                    sheet.value(rowNumber, column, number);
                } else if (cell != null) {
                    sheet.inlineString(rowNumber, column, cell.toString());
                }
            }
            if (rowNumber == 0) {
                sheet.range(0, 0, 0, Math.max(0, cells.size() - 1))
                        .style()
                        .bold()
                        .set();
                sheet.freezePane(0, 1);
            }
            rowNumber++;
            if (rowNumber % FLUSH_EVERY == 0) {
                try {
                    sheet.flush();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }

        @Override
        public void close() {
            try {
                workbook.finish();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
