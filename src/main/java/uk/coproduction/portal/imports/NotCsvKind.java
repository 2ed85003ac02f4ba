package uk.coproduction.portal.imports;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * What a file that is not a CSV file most likely is, from its first bytes (its "magic number"), so the message can
 * say "this looks like a ZIP file / an image / a program" rather than "not UTF-8" (issue 24, finding 4). A ZIP file
 * holding {@code xl/} is an Excel workbook; an unreadable one is named by its file name's ending.
 */
enum NotCsvKind {
    WORKBOOK("import.file.workbook"),
    ZIP("import.file.zip"),
    IMAGE("import.file.image"),
    PROGRAM("import.file.program"),
    PDF("import.file.pdf");

    private final String messageKey;

    NotCsvKind(String messageKey) {
        this.messageKey = messageKey;
    }

    String messageKey() {
        return messageKey;
    }

    static Optional<NotCsvKind> of(byte[] content, String fileName) {
        if (startsWith(content, 'P', 'K', 3, 4) || startsWith(content, 'P', 'K', 5, 6)) {
            return Optional.of(zipKind(content, fileName));
        }
        if (startsWith(content, 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1)) {
            return Optional.of(WORKBOOK); // Excel 97-2003 (.xls) and other old Office files
        }
        if (startsWith(content, 0x89, 'P', 'N', 'G')
                || startsWith(content, 0xFF, 0xD8, 0xFF)
                || startsWith(content, 'G', 'I', 'F', '8')
                || startsWith(content, 'I', 'I', 0x2A, 0)
                || startsWith(content, 'M', 'M', 0, 0x2A)
                || isRiff(content, "WEBP")
                || isFtyp(content, "heic", "heix", "mif1", "avif")) {
            return Optional.of(IMAGE);
        }
        if (startsWith(content, 'M', 'Z')
                || startsWith(content, 0x7F, 'E', 'L', 'F')
                || startsWith(content, 0xCA, 0xFE, 0xBA, 0xBE)
                || startsWith(content, 0xCF, 0xFA, 0xED, 0xFE)
                || startsWith(content, 0xCE, 0xFA, 0xED, 0xFE)
                || startsWith(content, 0xFE, 0xED, 0xFA, 0xCF)
                || startsWith(content, 0xFE, 0xED, 0xFA, 0xCE)) {
            return Optional.of(PROGRAM);
        }
        if (startsWith(content, '%', 'P', 'D', 'F')) {
            return Optional.of(PDF);
        }
        return Optional.empty();
    }

    private static NotCsvKind zipKind(byte[] content, String fileName) {
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(content))) {
            ZipEntry entry;
            for (int i = 0; i < 200 && (entry = zip.getNextEntry()) != null; i++) {
                String name = entry.getName();
                if (name.startsWith("xl/") || name.equals("content.xml")) {
                    return WORKBOOK;
                }
            }
        } catch (IOException | IllegalArgumentException unreadable) {
            // fall back on the file name
        }
        String name = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
        return name.endsWith(".xlsx") || name.endsWith(".xlsm") || name.endsWith(".ods") ? WORKBOOK : ZIP;
    }

    private static boolean startsWith(byte[] content, int... magic) {
        if (content.length < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if ((content[i] & 0xFF) != magic[i]) {
                return false;
            }
        }
        return true;
    }

    private static boolean isRiff(byte[] content, String form) {
        return startsWith(content, 'R', 'I', 'F', 'F')
                && content.length >= 12
                && new String(content, 8, 4, StandardCharsets.US_ASCII).equals(form);
    }

    private static boolean isFtyp(byte[] content, String... brands) {
        if (content.length < 12 || !new String(content, 4, 4, StandardCharsets.US_ASCII).equals("ftyp")) {
            return false;
        }
        String brand = new String(content, 8, 4, StandardCharsets.US_ASCII);
        return Arrays.asList(brands).contains(brand);
    }
}
