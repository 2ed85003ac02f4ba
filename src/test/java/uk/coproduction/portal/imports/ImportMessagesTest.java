package uk.coproduction.portal.imports;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;
import uk.coproduction.portal.PortalTest;
import uk.coproduction.portal.base.security.Roles;
import uk.coproduction.portal.security.TestAccounts;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static uk.coproduction.portal.imports.CsvImportServiceTest.HEADER;
import static uk.coproduction.portal.imports.CsvImportServiceTest.daysAgo;

/** Each message about a whole file says where the problem is and how to fix it (issue 24, finding 4). */
@PortalTest
@WithMockUser(username = TestAccounts.CHILDRENS_COMMISSIONER, roles = Roles.COMMISSIONER)
class ImportMessagesTest {

    @Autowired
    CsvImportService imports;

    @Autowired
    TestAccounts accounts;

    @BeforeEach
    void staffAccountsExist() {
        accounts.ensureStandardAccounts();
    }

    List<ImportProblem> problemsOf(String name, byte[] content) {
        return imports.check(name, content, ImportProgress.NONE).fileProblems();
    }

    static byte[] zip(String entryName, String text) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry(entryName));
            zip.write(text.getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        return out.toByteArray();
    }

    @Test
    void aQuoteNeverClosedIsNamedByItsLineAndColumn() {
        byte[] file = (HEADER + "\r\nSHORT_BREAKS,,YOUNG_PERSON,,," + daysAgo(3) + ",good,,,,,,,\r\n"
                        + "SHORT_BREAKS,,YOUNG_PERSON,,," + daysAgo(3) + ",good,,,,,,\"never closed,\r\n"
                        + "SHORT_BREAKS,,YOUNG_PERSON,,," + daysAgo(3) + ",good,,,,,,,\r\n")
                .getBytes(StandardCharsets.UTF_8);

        assertThat(problemsOf("q.csv", file))
                .extracting(ImportProblem::messageKey, ImportProblem::args)
                .containsExactly(tuple("import.file.quote-not-closed", List.of("3", "M", "their_words")));
    }

    @Test
    void textStraightAfterAClosingQuoteIsNamedByItsLineAndColumn() {
        byte[] file = (HEADER + "\r\nSHORT_BREAKS,,YOUNG_PERSON,,\"PAPER\"x," + daysAgo(3) + ",good,,,,,,,\r\n")
                .getBytes(StandardCharsets.UTF_8);

        assertThat(problemsOf("q.csv", file))
                .extracting(ImportProblem::messageKey, ImportProblem::args)
                .containsExactly(tuple("import.file.quote-then-text", List.of("2", "E", "channel")));
    }

    @Test
    void aZipFileRenamedCsvIsCalledAZipFileNotAWorkbook() throws IOException {
        assertThat(problemsOf("answers.csv", zip("answers.txt", "hello")))
                .extracting(ImportProblem::messageKey)
                .containsExactly("import.file.zip");
        assertThat(problemsOf("answers.csv", zip("xl/workbook.xml", "<workbook/>")))
                .extracting(ImportProblem::messageKey)
                .containsExactly("import.file.workbook");
    }

    @Test
    void anImageOrAProgramRenamedCsvIsCalledSoNotNotUtf8() {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R', (byte) 0xFF};
        byte[] jpeg = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 16, 'J', 'F', 'I', 'F', 0};
        byte[] exe = {'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0, 4, 0, 0, 0, (byte) 0xFF, (byte) 0xFF};
        byte[] elf = {0x7F, 'E', 'L', 'F', 2, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 3, 0};

        assertThat(problemsOf("photo.csv", png))
                .extracting(ImportProblem::messageKey)
                .containsExactly("import.file.image");
        assertThat(problemsOf("photo.csv", jpeg))
                .extracting(ImportProblem::messageKey)
                .containsExactly("import.file.image");
        assertThat(problemsOf("setup.csv", exe))
                .extracting(ImportProblem::messageKey)
                .containsExactly("import.file.program");
        assertThat(problemsOf("tool.csv", elf))
                .extracting(ImportProblem::messageKey)
                .containsExactly("import.file.program");
    }

    @Test
    void tenThousandHeaderColumnsGetOneSummaryFirstNotThousandsOfMessages() {
        StringBuilder header = new StringBuilder(HEADER);
        for (int i = 0; i < 10_000 - ImportColumn.values().length; i++) {
            header.append(",extra").append(i);
        }
        byte[] file = (header + "\r\nSHORT_BREAKS\r\n").getBytes(StandardCharsets.UTF_8);

        List<ImportProblem> problems = problemsOf("wide.csv", file);

        assertThat(problems.getFirst().messageKey()).isEqualTo("import.file.many-columns");
        assertThat(problems.getFirst().args())
                .containsExactly("10,000", String.valueOf(ImportColumn.values().length), "9,986");
        assertThat(problems)
                .as("a summary and a few examples, not one message per column")
                .hasSizeLessThanOrEqualTo(6);
    }

    @Test
    void aVeryLongFileNameIsRefusedWithTheLimitStated() {
        String name = "a".repeat(300) + ".csv";
        byte[] file = (HEADER + "\r\nSHORT_BREAKS,,YOUNG_PERSON,,," + daysAgo(3) + ",good,,,,,,,\r\n")
                .getBytes(StandardCharsets.UTF_8);

        assertThat(problemsOf(name, file))
                .extracting(ImportProblem::messageKey, ImportProblem::args)
                .containsExactly(tuple("import.file.name-too-long", List.of("304", "200")));
    }
}
