package uk.coproduction.portal.imports;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithMockUser;
import uk.coproduction.portal.PortalTest;
import uk.coproduction.portal.base.CsvSafety;
import uk.coproduction.portal.base.security.Roles;
import uk.coproduction.portal.security.TestAccounts;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

@PortalTest
@WithMockUser(username = TestAccounts.CHILDRENS_COMMISSIONER, roles = Roles.COMMISSIONER)
class CsvImportServiceTest {

    static final String HEADER = String.join(",", CsvTemplate.header());

    @Autowired
    CsvImportService imports;

    @Autowired
    TestAccounts accounts;

    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void staffAccountsExist() {
        accounts.ensureStandardAccounts();
    }

    /** A day in the past, as Excel in the UK writes it. */
    static String daysAgo(int days) {
        LocalDate day = LocalDate.now().minusDays(days);
        return day.getDayOfMonth() + "/" + day.getMonthValue() + "/" + day.getYear();
    }

    static byte[] csv(String... rows) {
        return (HEADER + "\r\n" + String.join("\r\n", rows) + "\r\n").getBytes(StandardCharsets.UTF_8);
    }

    /** A good row whose words are unique, so no other test has imported it. */
    static String goodRow(String words) {
        return "SHORT_BREAKS,EAST_KENT,YOUNG_PERSON,AGE_11_15,PAPER," + daysAgo(20)
                + ",very good,good,ok,not sure,,bad,\"" + words + "\",More clubs";
    }

    int feedbackCount() {
        return jdbc.queryForObject("select count(*) from feedback", Integer.class);
    }

    int batchCount() {
        return jdbc.queryForObject("select count(*) from import_batch", Integer.class);
    }

    @Test
    void csvPreviewWithMixedGoodAndBadRowsNamesEachProblemsRowAndColumnAndSavesNothing() {
        String unique = UUID.randomUUID().toString();
        byte[] file = csv(
                goodRow("Kind staff " + unique),
                "NOT_A_SERVICE,EAST_KENT,teenager,AGE_11_15,PAPER," + daysAgo(3) + ",very good,,,,,,,",
                "SHORT_BREAKS,,PARENT_CARER,,fax,31/02/2026,brilliant,,,,,,words " + unique + ",",
                ",,,,,,,,,,,,,",
                "COMMUNITY_LD_TEAMS,,LDA_ADULT,,," + daysAgo(3) + ",good,,,,,,,",
                "SHORT_BREAKS,,SOMEONE_ELSE,,EVENT," + daysAgo(3) + ",,,,,,,,",
                "SHORT_BREAKS,,SOMEONE_ELSE,,EVENT," + daysAgo(3) + ",good",
                goodRow("Late minibus " + unique));
        int before = feedbackCount();

        ImportPreview preview = imports.check("postcards.csv", file, ImportProgress.NONE);

        assertThat(preview.fileProblems()).isEmpty();
        assertThat(preview.rows())
                .extracting(CheckedRow::row, CheckedRow::status)
                .containsExactly(
                        tuple(2, CheckedRow.Status.READY),
                        tuple(3, CheckedRow.Status.PROBLEMS),
                        tuple(4, CheckedRow.Status.PROBLEMS),
                        tuple(6, CheckedRow.Status.PROBLEMS),
                        tuple(7, CheckedRow.Status.PROBLEMS),
                        tuple(8, CheckedRow.Status.PROBLEMS),
                        tuple(9, CheckedRow.Status.READY));
        assertThat(preview.blankRows()).isEqualTo(1);
        assertThat(preview.ready()).isEqualTo(2);
        assertThat(preview.withProblems()).isEqualTo(5);
        assertThat(preview.importable()).isTrue();
        assertThat(preview.rowProblems())
                .extracting(ImportProblem::row, ImportProblem::column, ImportProblem::messageKey, ImportProblem::args)
                .containsExactly(
                        tuple(3, "service", "import.row.service-unknown", List.of("NOT_A_SERVICE")),
                        tuple(3, "group", "import.row.group-unknown", List.of("teenager")),
                        tuple(4, "channel", "import.row.channel-unknown", List.of("fax")),
                        tuple(4, "date_received", "import.row.date-unknown", List.of("31/02/2026")),
                        tuple(4, "q1_respect", "import.row.answer-unknown", List.of("brilliant")),
                        tuple(6, "service", "import.row.service-other-team", List.of("COMMUNITY_LD_TEAMS")),
                        tuple(7, null, "import.row.nothing-answered", List.of()),
                        tuple(8, null, "import.row.cell-count", List.of("7", "14")));
        assertThat(feedbackCount()).as("nothing is saved by checking").isEqualTo(before);
    }

    @Test
    void commissionerImportsTheGoodRowsAsPaperFeedbackWithReplyByDatesLinkedToABatch() {
        String unique = UUID.randomUUID().toString();
        byte[] file = csv(
                goodRow("Kind staff " + unique),
                "SHORT_BREAKS,,teenager,,," + daysAgo(2) + ",good,,,,,,,",
                "Short Breaks holiday clubs,West Kent,parent or carer,,online," + daysAgo(5) + ",Very Good,,,,,,Lovely "
                        + unique + ",");

        ImportResult result = imports.importGoodRows("postcards " + unique + ".csv", file, ImportProgress.NONE);

        assertThat(result.imported()).isEqualTo(2);
        assertThat(result.withProblems()).isEqualTo(1);
        List<Map<String, Object>> rows = jdbc.queryForList("""
                select f.channel, f.respondent_group, f.age_band, f.comment, f.change_wanted, f.reply_by,
                       f.submitted_at, a.code area, r.source_row
                from import_row r join feedback f on f.id = r.feedback_id left join area a on a.id = f.area_id
                where r.batch_id = ? order by r.source_row""", result.batchId());
        assertThat(rows)
                .extracting(
                        r -> r.get("source_row"),
                        r -> r.get("channel"),
                        r -> r.get("respondent_group"),
                        r -> r.get("area"))
                .containsExactly(
                        tuple(2, "PAPER", "YOUNG_PERSON", "EAST_KENT"),
                        tuple(4, "ONLINE", "PARENT_CARER", "WEST_KENT"));
        assertThat(rows.getFirst().get("comment")).isEqualTo("Kind staff " + unique);
        assertThat(rows.getFirst().get("change_wanted")).isEqualTo("More clubs");
        assertThat(rows).allSatisfy(r -> assertThat(r.get("reply_by")).isNotNull());
        assertThat(jdbc.queryForObject("""
                select count(*) from feedback_rating fr join import_row r on r.feedback_id = fr.feedback_id
                where r.batch_id = ?""", Integer.class, result.batchId()))
                .as("5 answers + 1 answer")
                .isEqualTo(6);

        assertThat(imports.history()).first().satisfies(b -> {
            assertThat(b.fileName()).isEqualTo("postcards " + unique + ".csv");
            assertThat(b.importedBy()).isEqualTo("Chris Children");
            assertThat(b.imported()).isEqualTo(2);
            assertThat(b.withProblems()).isEqualTo(1);
        });
    }

    @Test
    void duplicateImportRefusedAndRowsImportedBeforeAreSkippedInANewFile() {
        String unique = UUID.randomUUID().toString();
        byte[] file = csv(goodRow("First " + unique), goodRow("Second " + unique));
        imports.importGoodRows("march.csv", file, ImportProgress.NONE);
        int after = feedbackCount();

        ImportPreview again = imports.check("march (copy).csv", file, ImportProgress.NONE);
        assertThat(again.fileProblems())
                .extracting(ImportProblem::messageKey)
                .containsExactly("import.file.already-imported");
        assertThat(again.fileProblems().getFirst().args().getFirst()).isEqualTo("march.csv");
        assertThatThrownBy(() -> imports.importGoodRows("march (copy).csv", file, ImportProgress.NONE))
                .isInstanceOf(ImportRefusedException.class);

        byte[] grown = csv(goodRow("First " + unique), goodRow("Second " + unique), goodRow("Third " + unique));
        ImportPreview grownPreview = imports.check("march-and-april.csv", grown, ImportProgress.NONE);
        assertThat(grownPreview.rows())
                .extracting(CheckedRow::status)
                .containsExactly(
                        CheckedRow.Status.ALREADY_IMPORTED,
                        CheckedRow.Status.ALREADY_IMPORTED,
                        CheckedRow.Status.READY);
        ImportResult result = imports.importGoodRows("march-and-april.csv", grown, ImportProgress.NONE);
        assertThat(result.imported()).isEqualTo(1);
        assertThat(result.alreadyImported()).isEqualTo(2);
        assertThat(feedbackCount()).isEqualTo(after + 1);
    }

    @Test
    void twoIdenticalPostcardsInOneFileAreOnePersonUnlessTheImporterSaysOtherwise() {
        String unique = UUID.randomUUID().toString();
        byte[] file = csv(goodRow("Same words " + unique), goodRow("Same words " + unique));

        ImportResult result = imports.importGoodRows("twins.csv", file, ImportProgress.NONE);
        assertThat(result.imported()).isEqualTo(1);
        assertThat(result.duplicates()).isEqualTo(1);
    }

    @Test
    void formulaInjectionCellIsStoredAsPlainTextAndNeutralisedOnExport() {
        String unique = UUID.randomUUID().toString();
        String payload = "=cmd|' /C calc'!A0 " + unique;
        byte[] file = csv(
                goodRow(payload.replace("\"", "\"\"")),
                "SHORT_BREAKS,,SOMEONE_ELSE,,," + daysAgo(1) + ",,,,,,,\"@SUM(1+1)*cmd " + unique + "\",\"+1+1\"");

        ImportResult result = imports.importGoodRows("hostile.csv", file, ImportProgress.NONE);

        assertThat(result.imported()).isEqualTo(2);
        List<Map<String, Object>> stored = jdbc.queryForList("""
                select f.comment, f.change_wanted from import_row r join feedback f on f.id = r.feedback_id
                where r.batch_id = ? order by r.source_row""", result.batchId());
        assertThat(stored.get(0).get("comment")).as("stored exactly as written").isEqualTo(payload);
        assertThat(stored.get(1).get("comment")).isEqualTo("@SUM(1+1)*cmd " + unique);
        assertThat(stored.get(1).get("change_wanted")).isEqualTo("+1+1");
        assertThat(CsvSafety.cell((String) stored.get(0).get("comment"))).isEqualTo("'" + payload);
        assertThat(CsvSafety.cell((String) stored.get(1).get("change_wanted"))).isEqualTo("'+1+1");
    }

    @Test
    void aFileNotSavedAsUtf8IsRefusedWithTheLineAndHowToSaveItAsCsvUtf8() {
        byte[] latin1 = (HEADER + "\r\n" + "SHORT_BREAKS,,YOUNG_PERSON,,," + daysAgo(3)
                        + ",good,,,,,,Caf\u00e9 staff,\r\n")
                .getBytes(StandardCharsets.ISO_8859_1);

        ImportPreview preview = imports.check("latin1.csv", latin1, ImportProgress.NONE);

        assertThat(preview.fileProblems())
                .extracting(ImportProblem::messageKey, ImportProblem::args)
                .containsExactly(tuple("import.file.not-utf8", List.of("2")));
        assertThat(preview.importable()).isFalse();
    }

    @Test
    void excelsByteOrderMarkAndLineBreaksInsideQuotedCellsAreRead() {
        String unique = UUID.randomUUID().toString();
        byte[] body = csv(
                "SHORT_BREAKS,,YOUNG_PERSON,,," + daysAgo(3) + ",good,,,,,,\"Line one\nline two, " + unique + "\",");
        byte[] withBom = new byte[body.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(body, 0, withBom, 3, body.length);

        ImportPreview preview = imports.check("excel.csv", withBom, ImportProgress.NONE);

        assertThat(preview.fileProblems()).isEmpty();
        assertThat(preview.ready()).isEqualTo(1);
    }

    @Test
    void aHundredThousandRowsAreRefusedAboveTheStatedMaximum() {
        StringBuilder rows = new StringBuilder(HEADER).append("\r\n");
        String row = "SHORT_BREAKS,,YOUNG_PERSON,,," + daysAgo(3) + ",good,,,,,,,\r\n";
        for (int i = 0; i < 100_000; i++) {
            rows.append(row);
        }

        ImportPreview preview =
                imports.check("huge.csv", rows.toString().getBytes(StandardCharsets.UTF_8), ImportProgress.NONE);

        assertThat(preview.fileProblems())
                .extracting(ImportProblem::messageKey, ImportProblem::args)
                .containsExactly(tuple("import.file.too-many-rows", List.of("10,000")));
    }

    @Test
    void anOversizedCellIsNamedWithItsLengthAndTheLimit() {
        String huge = "a".repeat(6_000);

        ImportPreview preview = imports.check("long.csv", csv(goodRow(huge)), ImportProgress.NONE);

        assertThat(preview.rowProblems())
                .extracting(ImportProblem::row, ImportProblem::column, ImportProblem::messageKey, ImportProblem::args)
                .containsExactly(tuple(2, "their_words", "import.row.too-long", List.of("6,000", "5,000")));
    }

    @Test
    void brokenQuotesWorkbooksSemicolonsAndWrongHeadersGetAClearMessage() {
        byte[] quotes = (HEADER + "\r\nSHORT_BREAKS,,YOUNG_PERSON,,," + daysAgo(3) + ",good,,,,,,\"never closed,\r\n")
                .getBytes(StandardCharsets.UTF_8);
        assertThat(imports.check("q.csv", quotes, ImportProgress.NONE).fileProblems())
                .extracting(ImportProblem::messageKey)
                .containsExactly("import.file.quote-not-closed");

        byte[] workbook = {'P', 'K', 3, 4, 20, 0, 6, 0};
        assertThat(imports.check("book.xlsx", workbook, ImportProgress.NONE).fileProblems())
                .extracting(ImportProblem::messageKey)
                .containsExactly("import.file.workbook");

        byte[] semicolons = "service;group;date_received\r\nSHORT_BREAKS;YOUNG_PERSON;1/1/2026\r\n"
                .getBytes(StandardCharsets.UTF_8);
        assertThat(imports.check("semi.csv", semicolons, ImportProgress.NONE).fileProblems())
                .extracting(ImportProblem::messageKey)
                .containsExactly("import.file.semicolons");

        byte[] header =
                "Service,Who,Date Received\r\nSHORT_BREAKS,YOUNG_PERSON,1/1/2026\r\n".getBytes(StandardCharsets.UTF_8);
        assertThat(imports.check("header.csv", header, ImportProgress.NONE).fileProblems())
                .extracting(ImportProblem::messageKey, ImportProblem::args)
                .containsExactly(
                        tuple("import.file.unknown-column", List.of("Who", "B")),
                        tuple("import.file.missing-column", List.of("group")));

        assertThat(imports.check("empty.csv", new byte[0], ImportProgress.NONE).fileProblems())
                .extracting(ImportProblem::messageKey)
                .containsExactly("import.file.empty");
    }

    @Test
    void aDateInTheFutureIsAProblem() {
        LocalDate future = LocalDate.now().plusDays(40);
        byte[] file = csv("SHORT_BREAKS,,YOUNG_PERSON,,," + future + ",good,,,,,,,");

        assertThat(imports.check("future.csv", file, ImportProgress.NONE).rowProblems())
                .extracting(ImportProblem::column, ImportProblem::messageKey)
                .containsExactly(tuple("date_received", "import.row.date-future"));
    }

    @Test
    void cancellingAnImportLeavesNothingBehindAndTheFileCanBeImportedLater() {
        String unique = UUID.randomUUID().toString();
        String[] rows = new String[10];
        for (int i = 0; i < rows.length; i++) {
            rows[i] = goodRow("Row " + i + " " + unique);
        }
        byte[] file = csv(rows);
        int feedbackBefore = feedbackCount();
        int batchesBefore = batchCount();
        AtomicInteger saved = new AtomicInteger();
        ImportProgress cancelAfterThree = new ImportProgress() {
            @Override
            public void update(int done, int total) {
                saved.set(done);
            }

            @Override
            public boolean isCancelled() {
                return saved.get() >= 3;
            }
        };

        assertThatThrownBy(() -> imports.importGoodRows("cancelled.csv", file, cancelAfterThree))
                .isInstanceOf(ImportCancelledException.class);

        assertThat(saved.get()).as("it had saved some rows before the cancel").isPositive();
        assertThat(feedbackCount()).isEqualTo(feedbackBefore);
        assertThat(batchCount()).isEqualTo(batchesBefore);
        assertThat(imports.check("cancelled.csv", file, ImportProgress.NONE).ready())
                .isEqualTo(10);
        assertThat(imports.importGoodRows("cancelled.csv", file, ImportProgress.NONE)
                        .imported())
                .isEqualTo(10);
    }

    @Test
    void templateHasTheHeaderAndOneExampleRowThatImportsCleanly() throws Exception {
        byte[] template = CsvTemplate.bytes();
        assertThat(template).startsWith((byte) 0xEF, (byte) 0xBB, (byte) 0xBF);
        String text = new String(template, 3, template.length - 3, StandardCharsets.UTF_8);
        List<CSVRecord> records;
        try (CSVParser parser = CSVParser.parse(new StringReader(text), CSVFormat.RFC4180)) {
            records = parser.getRecords();
        }
        assertThat(records).hasSize(2);
        assertThat(records.get(0).toList())
                .containsExactly(
                        "service",
                        "area",
                        "group",
                        "age_band",
                        "channel",
                        "date_received",
                        "q1_respect",
                        "q2_include",
                        "q3_listen",
                        "q4_honest",
                        "q5_grow",
                        "q6_lead",
                        "their_words",
                        "one_thing_to_change");
        assertThat(records.get(1).toList())
                .containsExactly(
                        "SHORT_BREAKS",
                        "EAST_KENT",
                        "YOUNG_PERSON",
                        "AGE_11_15",
                        "PAPER",
                        "2026-03-14",
                        "very good",
                        "good",
                        "ok",
                        "not sure",
                        "",
                        "bad",
                        "The staff were kind, but the minibus was often late.",
                        "More clubs in the school holidays");

        ImportPreview preview = imports.check(CsvTemplate.FILE_NAME, template, ImportProgress.NONE);
        assertThat(preview.rowProblems()).isEmpty();
        assertThat(preview.rows()).hasSize(1);
    }

    @Test
    @WithMockUser(username = TestAccounts.ADVOCATE, roles = Roles.ADVOCATE)
    void onlyCommissionersImport() {
        assertThatThrownBy(() -> imports.check("x.csv", csv(goodRow("x")), ImportProgress.NONE))
                .isInstanceOf(AccessDeniedException.class);
    }
}
