package uk.coproduction.portal.imports;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads an uploaded file into rows of cells, or says plainly why it cannot: not UTF-8, a workbook rather than a CSV
 * file, semicolons or tabs between cells, quotes that are never closed, too big or too many rows, a header that is
 * not the template's. Spreadsheets' own CSV files (Excel's "CSV UTF-8" with its byte order mark, line breaks inside
 * quoted cells) are read as they are.
 */
final class CsvFileReader {

    static final int MAX_BYTES = 10 * 1024 * 1024;
    static final int MAX_ROWS = 10_000;

    private static final CSVFormat FORMAT =
            CSVFormat.RFC4180.builder().setIgnoreEmptyLines(false).get();

    /** A row as written: its spreadsheet row number and its cells. */
    record RawRow(int number, List<String> cells) {

        boolean blank() {
            return cells.stream().allMatch(c -> c == null || c.isBlank());
        }
    }

    /**
     * @param columns where each column of the template is in this file (columns not in the file are absent)
     * @param width   how many cells the header has: every row should have as many
     */
    record Contents(Map<ImportColumn, Integer> columns, int width, List<RawRow> rows, List<ImportProblem> problems) {}

    private CsvFileReader() {}

    static Contents read(byte[] content, String fileName, ImportProgress progress) {
        Optional<ImportProblem> notCsv = notACsvFile(content, fileName);
        if (notCsv.isPresent()) {
            return refused(notCsv.get());
        }
        int start = hasUtf8ByteOrderMark(content) ? 3 : 0;
        String text;
        try {
            text = decodeUtf8(content, start);
        } catch (NotUtf8 e) {
            return refused(ImportProblem.file("import.file.not-utf8", String.valueOf(e.line)));
        }
        if (text.indexOf('\0') >= 0) {
            return refused(ImportProblem.file("import.file.not-text"));
        }
        Optional<QuoteError> quoteError = QuoteError.find(text);
        if (quoteError.isPresent()) {
            return refused(quoteProblem(quoteError.get(), text));
        }
        List<RawRow> rows = new ArrayList<>();
        List<String> header = null;
        try (CSVParser parser = CSVParser.builder()
                .setReader(new StringReader(text))
                .setFormat(FORMAT)
                .get()) {
            Iterator<CSVRecord> records = parser.iterator();
            while (records.hasNext()) {
                CSVRecord record = records.next();
                if (progress.isCancelled()) {
                    throw new ImportCancelledException();
                }
                List<String> cells = record.toList();
                if (header == null) {
                    header = cells;
                    continue;
                }
                if (rows.size() == MAX_ROWS) {
                    return refused(ImportProblem.file("import.file.too-many-rows", String.format("%,d", MAX_ROWS)));
                }
                rows.add(new RawRow((int) record.getRecordNumber(), cells));
            }
        } catch (UncheckedIOException | IllegalStateException e) {
            return refused(ImportProblem.file("import.file.quotes", lineOf(e)));
        } catch (IOException e) {
            return refused(ImportProblem.file("import.file.quotes", lineOf(e)));
        }
        if (header == null || header.stream().allMatch(String::isBlank)) {
            return refused(ImportProblem.file("import.file.empty"));
        }
        List<ImportProblem> problems = new ArrayList<>();
        Map<ImportColumn, Integer> columns = columnsOf(header, problems);
        if (problems.isEmpty() && rows.stream().allMatch(RawRow::blank)) {
            problems.add(ImportProblem.file("import.file.no-rows"));
        }
        return new Contents(columns, header.size(), rows, problems);
    }

    /** The quoting error with its line, the cell's column letter and, when the header names it, the column. */
    private static ImportProblem quoteProblem(QuoteError error, String text) {
        String firstLine = text.lines().findFirst().orElse("");
        List<String> header = List.of(firstLine.split(",", -1));
        String column = error.cell() < header.size()
                ? ImportColumn.ofHeader(header.get(error.cell()))
                        .map(ImportColumn::header)
                        .orElse("")
                : "";
        return ImportProblem.file(
                error.notClosed() ? "import.file.quote-not-closed" : "import.file.quote-then-text",
                String.valueOf(error.line()),
                columnLetter(error.cell()),
                column);
    }

    /** More unknown columns than this, and the header gets a summary and a few examples, not a message each. */
    static final int COLUMNS_LISTED = 4;

    private static Map<ImportColumn, Integer> columnsOf(List<String> header, List<ImportProblem> problems) {
        Map<ImportColumn, Integer> columns = new EnumMap<>(ImportColumn.class);
        if (header.size() == 1 && header.getFirst().contains(";")) {
            problems.add(ImportProblem.file("import.file.semicolons"));
            return columns;
        }
        if (header.size() == 1 && header.getFirst().contains("\t")) {
            problems.add(ImportProblem.file("import.file.tabs"));
            return columns;
        }
        List<ImportProblem> unknown = new ArrayList<>();
        for (int i = 0; i < header.size(); i++) {
            String cell = header.get(i);
            if (cell.isBlank()) {
                continue;
            }
            Optional<ImportColumn> column = ImportColumn.ofHeader(cell);
            if (column.isEmpty()) {
                unknown.add(ImportProblem.file("import.file.unknown-column", shorten(cell), columnLetter(i)));
            } else if (columns.putIfAbsent(column.get(), i) != null) {
                problems.add(ImportProblem.file(
                        "import.file.repeated-column", column.get().header()));
            }
        }
        if (unknown.size() > COLUMNS_LISTED) {
            // A summary first (a whole spreadsheet saved with thousands of columns gave thousands of messages).
            problems.addFirst(ImportProblem.file(
                    "import.file.many-columns",
                    String.format("%,d", header.size()),
                    String.valueOf(ImportColumn.values().length),
                    String.format("%,d", unknown.size())));
            problems.addAll(unknown.subList(0, COLUMNS_LISTED));
        } else {
            problems.addAll(unknown);
        }
        for (ImportColumn column : ImportColumn.values()) {
            if (column.required() && !columns.containsKey(column)) {
                problems.add(ImportProblem.file("import.file.missing-column", column.header()));
            }
        }
        return columns;
    }

    /** A workbook, ZIP file, image, program, UTF-16 text or an empty upload: said before reading it as text. */
    private static Optional<ImportProblem> notACsvFile(byte[] content, String fileName) {
        if (content.length == 0) {
            return Optional.of(ImportProblem.file("import.file.empty"));
        }
        if (content.length > MAX_BYTES) {
            return Optional.of(ImportProblem.file("import.file.too-big", String.valueOf(MAX_BYTES / 1024 / 1024)));
        }
        Optional<NotCsvKind> kind = NotCsvKind.of(content, fileName);
        if (kind.isPresent()) {
            return Optional.of(ImportProblem.file(kind.get().messageKey()));
        }
        if (content.length >= 2
                && ((content[0] == (byte) 0xFF && content[1] == (byte) 0xFE)
                        || (content[0] == (byte) 0xFE && content[1] == (byte) 0xFF))) {
            return Optional.of(ImportProblem.file("import.file.utf16"));
        }
        return Optional.empty();
    }

    private static boolean hasUtf8ByteOrderMark(byte[] content) {
        return content.length >= 3
                && content[0] == (byte) 0xEF
                && content[1] == (byte) 0xBB
                && content[2] == (byte) 0xBF;
    }

    private static final class NotUtf8 extends Exception {
        private final int line;

        NotUtf8(int line) {
            super(null, null, false, false);
            this.line = line;
        }
    }

    /** Strict UTF-8: the first byte that is not UTF-8 is reported with its line, never replaced silently. */
    private static String decodeUtf8(byte[] content, int start) throws NotUtf8 {
        CharsetDecoder decoder = StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(content, start, content.length - start);
        CharBuffer out = CharBuffer.allocate(content.length - start);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            throw new NotUtf8(lineAt(content, in.position()));
        }
        result = decoder.flush(out);
        if (result.isError()) {
            throw new NotUtf8(lineAt(content, content.length));
        }
        return out.flip().toString();
    }

    private static int lineAt(byte[] content, int position) {
        int line = 1;
        for (int i = 0; i < position && i < content.length; i++) {
            if (content[i] == '\n') {
                line++;
            }
        }
        return line;
    }

    /** Commons CSV names the line in its message, e.g. "(startline 5) EOF reached before encapsulated token finished". */
    private static String lineOf(Exception e) {
        Throwable cause = e;
        while (cause != null) {
            String message = cause.getMessage();
            if (message != null) {
                Matcher line = Pattern.compile("line (\\d+)").matcher(message);
                if (line.find()) {
                    return line.group(1);
                }
            }
            cause = cause.getCause();
        }
        return "?";
    }

    static String shorten(String value) {
        String oneLine = value.strip().replaceAll("\\s+", " ");
        return oneLine.length() <= 40 ? oneLine : oneLine.substring(0, 40) + "…";
    }

    /** A spreadsheet's column letter (A, B, … Z, AA …) for a 0-based index. */
    static String columnLetter(int index) {
        StringBuilder letters = new StringBuilder();
        int n = index + 1;
        while (n > 0) {
            int remainder = (n - 1) % 26;
            letters.insert(0, (char) ('A' + remainder));
            n = (n - 1) / 26;
        }
        return letters.toString();
    }

    private static Contents refused(ImportProblem problem) {
        return new Contents(Map.of(), 0, List.of(), List.of(problem));
    }
}
