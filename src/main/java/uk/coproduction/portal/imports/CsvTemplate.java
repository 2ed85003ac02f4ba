package uk.coproduction.portal.imports;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import uk.coproduction.portal.base.CsvSafety;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

/**
 * The file people download to type paper forms into: the header row and one example row, in UTF-8 with a byte
 * order mark (so Excel opens it as UTF-8 and keeps accents and emoji) and Windows line ends.
 */
public final class CsvTemplate {

    public static final String FILE_NAME = "feedback-import-template.csv";

    private CsvTemplate() {}

    public static List<String> header() {
        return Arrays.stream(ImportColumn.values()).map(ImportColumn::header).toList();
    }

    public static List<String> exampleRow() {
        return Arrays.stream(ImportColumn.values()).map(ImportColumn::example).toList();
    }

    public static byte[] bytes() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        try (Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
                CSVPrinter printer = new CSVPrinter(writer, CSVFormat.RFC4180)) {
            printer.printRecord(header().stream().map(CsvSafety::cell).toList());
            printer.printRecord(exampleRow().stream().map(CsvSafety::cell).toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
