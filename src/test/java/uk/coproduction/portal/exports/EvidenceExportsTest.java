package uk.coproduction.portal.exports;

import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithMockUser;
import uk.coproduction.portal.PortalTest;
import uk.coproduction.portal.base.calendar.Quarter;
import uk.coproduction.portal.base.security.Roles;
import uk.coproduction.portal.reporting.CharterScores.Dimension;
import uk.coproduction.portal.reporting.EvidenceFilter;
import uk.coproduction.portal.reporting.EvidenceFixtures;
import uk.coproduction.portal.security.TestAccounts;
import uk.coproduction.portal.services.Team;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Exports of a service of the test's own in 2026-Q4: 6 good and 3 bad answers to expectation 1 in East Kent. */
@PortalTest
class EvidenceExportsTest {

    static final String ADMIN = "test.export.admin";
    static final String BOARD = "test.export.board";
    private static final Quarter Q4 = new Quarter(2026, 4);

    @Autowired
    EvidenceExports exports;

    @Autowired
    EvidenceFixtures fixtures;

    @Autowired
    TestAccounts accounts;

    @Autowired
    JdbcTemplate jdbc;

    private final List<ExportedFile> files = new ArrayList<>();
    private String service;
    private EvidenceFilter filter;

    @BeforeEach
    void setUp() {
        accounts.ensureStandardAccounts();
        accounts.ensure(ADMIN, "Ash Admin", null, Set.of(Roles.ADMIN));
        accounts.ensure(BOARD, "Bo Board", null, Set.of(Roles.BOARD));
        service = fixtures.newService();
        fixtures.answers(service, "EAST_KENT", "2026-10-05 10:00:00", 6, "GOOD");
        fixtures.answers(service, "EAST_KENT", "2026-10-06 10:00:00", 3, "BAD");
        filter = EvidenceFilter.forService(service).withQuarters(Q4, Q4);
    }

    @AfterEach
    void deleteFiles() throws IOException {
        for (ExportedFile file : files) {
            Files.deleteIfExists(file.file());
        }
    }

    @Test
    @WithMockUser(username = BOARD, roles = Roles.BOARD)
    void aBoardMemberExportsCharterScoresAsCsvSuppressedAsOnScreen() throws IOException {
        long exportsBefore = audits();

        ExportedFile file = keep(
                exports.charterScores(filter, Dimension.AREA, ExportFormat.CSV, "fewer than 5", ExportProgress.NONE));

        List<String> lines = Files.readAllLines(file.file(), StandardCharsets.UTF_8);
        assertThat(lines.getFirst())
                .isEqualTo("\uFEFFarea,expectation,expectation title,answered,positive,neutral,negative,not sure");
        assertThat(lines).hasSize(2);
        // 9 answers published as 10, 6 good as 5 of 10 (decision 0022); 3 bad hidden; no OK answers: 0%
        assertThat(lines.get(1)).isEqualTo("EAST_KENT,1,Respect us & be kind,10,50%,0%,fewer than 5,0");
        assertThat(file.fileName()).isEqualTo("charter-scores-area-2026-Q4-to-2026-Q4.csv");
        assertThat(audits()).isEqualTo(exportsBefore + 1);
    }

    @Test
    @WithMockUser(username = ADMIN, roles = Roles.ADMIN)
    void theXlsxExportIsReadableWithNumbersAsNumbersAndSuppressedCellsInWords() throws IOException {
        ExportedFile file = keep(
                exports.charterScores(filter, Dimension.AREA, ExportFormat.XLSX, "fewer than 5", ExportProgress.NONE));

        try (ReadableWorkbook workbook = new ReadableWorkbook(file.file().toFile())) {
            List<Row> rows = workbook.getFirstSheet().read();
            assertThat(rows.get(0).getCellText(3)).isEqualTo("answered");
            Row eastKent = rows.get(1);
            assertThat(eastKent.getCellText(0)).isEqualTo("EAST_KENT");
            assertThat(eastKent.getCellAsNumber(3))
                    .hasValueSatisfying(n -> assertThat(n).isEqualByComparingTo("10"));
            assertThat(eastKent.getCellAsNumber(4))
                    .hasValueSatisfying(n -> assertThat(n).isEqualByComparingTo("0.5"));
            assertThat(eastKent.getCellAsNumber(5))
                    .hasValueSatisfying(n -> assertThat(n).isEqualByComparingTo("0"));
            assertThat(eastKent.getCellText(6)).isEqualTo("fewer than 5");
        }
    }

    @Test
    @WithMockUser(username = TestAccounts.CHILDRENS_COMMISSIONER, roles = Roles.COMMISSIONER)
    void aCommissionerExportsTheirTeamsFeedbackRowsWithOnlyModeratedQuotesAndNoFlaggedItems() throws IOException {
        long quoted = fixtures.feedback(
                service,
                "WEST_KENT",
                "PARENT_CARER",
                null,
                "PAPER",
                "2026-11-02 09:00:00",
                false,
                Map.of(1, "VERY_GOOD", 3, "BAD"));
        jdbc.update("""
                update feedback set comment = 'My name is Jo Bloggs, call 07700 900123',
                    quote_text = '=HYPERLINK("http://example.invalid","click")', quote_proposed_by = 'test.proposer', quote_words = 'PERSON', quote_approved_by = 'test',
                    quote_approved_at = NOW(), received_at = '2026-11-20 10:00:00' where id = ?""", quoted);
        long unmoderated = fixtures.feedback(
                service, "WEST_KENT", "PARENT_CARER", null, "ONLINE", "2026-11-03 09:00:00", false, Map.of(1, "OK"));
        jdbc.update(
                "update feedback set comment = 'Unmoderated words', quote_text = 'Draft quote' where id = ?",
                unmoderated);
        long flagged = fixtures.feedback(
                service,
                "WEST_KENT",
                "YOUNG_PERSON",
                "AGE_11_15",
                "ONLINE",
                "2026-11-04 09:00:00",
                true,
                Map.of(1, "VERY_BAD"));
        jdbc.update(
                "insert into feedback_theme (feedback_id, theme_id, tagged_by, tagged_at) values (?, (select id from theme where name = 'Waiting times'), 'test', NOW())",
                quoted);
        long exportsBefore = audits();

        ExportedFile file = keep(exports.feedbackRows(filter, ExportFormat.CSV, ExportProgress.NONE));

        String csv = Files.readString(file.file(), StandardCharsets.UTF_8);
        List<String> lines = csv.lines().toList();
        assertThat(file.rows()).isEqualTo(11);
        assertThat(lines).hasSize(12);
        assertThat(lines.getFirst())
                .startsWith(
                        "\uFEFFrow,date given,date received,service code,service,area,group,age band,channel,status,1. Respect us & be kind,");
        assertThat(lines.getFirst()).endsWith(",themes,moderated quote");
        String quotedLine = lines.stream()
                .filter(l -> l.contains(",2026-11-02,2026-11-20," + service + ","))
                .findFirst()
                .orElseThrow();
        assertThat(quotedLine)
                .as("given on the form's day, typed up later")
                .matches("\\d+,2026-11-02,2026-11-20,.*")
                .contains(",West Kent,PARENT_CARER,,PAPER,NEW,VERY_GOOD,,BAD,")
                .contains("Waiting times")
                .endsWith(",\"'=HYPERLINK(\"\"http://example.invalid\"\",\"\"click\"\")\"");
        assertThat(csv).doesNotContain("Jo Bloggs", "07700", "Unmoderated words", "Draft quote", reference(flagged));
        assertThat(csv)
                .as("a reference code is not a key to hand round in a file (decision 0017)")
                .doesNotContain(reference(quoted), reference(unmoderated));
        assertThat(audits()).isEqualTo(exportsBefore + 1);
    }

    @Test
    @WithMockUser(username = ADMIN, roles = Roles.ADMIN)
    void wordsThatLookLikeAFormulaAreTextInTheXlsxExport() throws IOException {
        long quoted = fixtures.feedback(
                service, "WEST_KENT", "PARENT_CARER", null, "PAPER", "2026-11-02 09:00:00", false, Map.of(1, "GOOD"));
        jdbc.update("""
                update feedback set quote_text = '=HYPERLINK("http://example.invalid","click")', quote_proposed_by = 'test.proposer', quote_words = 'PERSON', quote_approved_by = 'test',
                    quote_approved_at = NOW(), received_at = '2026-11-20 10:00:00' where id = ?""", quoted);

        ExportedFile file = keep(exports.feedbackRows(filter, ExportFormat.XLSX, ExportProgress.NONE));

        try (ReadableWorkbook workbook = new ReadableWorkbook(file.file().toFile())) {
            List<Row> rows = workbook.getFirstSheet().read();
            assertThat(rows)
                    .flatMap(r ->
                            r.stream().map(c -> c == null ? "" : c.getText()).toList())
                    .doesNotContain(reference(quoted));
            Row row = rows.stream()
                    .filter(r -> r.getCellText(1).equals("2026-11-02")
                            && r.getCellText(r.getCellCount() - 1).startsWith("=HYPERLINK"))
                    .findFirst()
                    .orElseThrow();
            Cell quote = row.getCell(row.getCellCount() - 1);
            assertThat(quote.getType()).isEqualTo(CellType.STRING);
            assertThat(quote.getText()).isEqualTo("=HYPERLINK(\"http://example.invalid\",\"click\")");
        }
    }

    @Test
    @WithMockUser(username = BOARD, roles = Roles.BOARD)
    void boardMembersNeverExportFeedbackRows() {
        assertThatThrownBy(() -> exports.feedbackRows(filter, ExportFormat.CSV, ExportProgress.NONE))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    @WithMockUser(username = TestAccounts.LDA_COMMISSIONER, roles = Roles.COMMISSIONER)
    void aCommissionerOfAnotherTeamCannotExportThisTeamsFeedbackRows() throws IOException {
        assertThatThrownBy(() -> exports.feedbackRows(filter, ExportFormat.CSV, ExportProgress.NONE))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> exports.feedbackRows(
                        new EvidenceFilter(Team.CHILDRENS, null, null, null, null, null, Q4, Q4),
                        ExportFormat.CSV,
                        ExportProgress.NONE))
                .isInstanceOf(AccessDeniedException.class);

        ExportedFile ownTeam = keep(
                exports.feedbackRows(EvidenceFilter.ALL.withQuarters(Q4, Q4), ExportFormat.XLSX, ExportProgress.NONE));
        try (ReadableWorkbook workbook = new ReadableWorkbook(ownTeam.file().toFile())) {
            assertThat(workbook.getFirstSheet().read().stream().skip(1).map(r -> r.getCellText(2)))
                    .as("only LD&A services")
                    .doesNotContain(service);
        }
    }

    @Test
    @WithMockUser(username = TestAccounts.KCC_CHILDRENS_COMMISSIONER, roles = Roles.COMMISSIONER)
    void theCouncilsCommissionerExportsNoRowsOfAnNhsOnlyServiceOfHerTeam() throws IOException {
        // Issue 14, failure 6: the export kept rows to her team, not to the services she can open on screen.
        accounts.ensureScopedAccounts();
        String nhsOnly = fixtures.newService();
        jdbc.update(
                "update commissioned_service set commissioner_id = (select id from organisation where code = 'NHS_KM') "
                        + "where code = ?",
                nhsOnly);
        fixtures.answers(nhsOnly, "EAST_KENT", "2026-10-07 10:00:00", 2, "GOOD");

        ExportedFile file = keep(
                exports.feedbackRows(EvidenceFilter.ALL.withQuarters(Q4, Q4), ExportFormat.CSV, ExportProgress.NONE));

        String csv = Files.readString(file.file(), StandardCharsets.UTF_8);
        assertThat(csv).as("her council's own service").contains("," + service + ",");
        assertThat(csv).as("the NHS-only service she cannot open").doesNotContain(nhsOnly);
        assertThatThrownBy(() -> exports.feedbackRows(
                        EvidenceFilter.forService(nhsOnly).withQuarters(Q4, Q4), ExportFormat.CSV, ExportProgress.NONE))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    @WithMockUser(username = ADMIN, roles = Roles.ADMIN)
    void aCancelledExportLeavesNoFileBehind() {
        ExportProgress cancelled = new ExportProgress() {
            @Override
            public void update(long done, long total) {}

            @Override
            public boolean isCancelled() {
                return true;
            }
        };

        assertThatThrownBy(() -> exports.feedbackRows(filter, ExportFormat.XLSX, cancelled))
                .isInstanceOf(ExportCancelledException.class);
    }

    private String reference(long id) {
        return jdbc.queryForObject("select reference_code from feedback where id = ?", String.class, id);
    }

    private ExportedFile keep(ExportedFile file) {
        files.add(file);
        return file;
    }

    private long audits() {
        return jdbc.queryForObject("select count(*) from audit_event where action = 'EXPORT'", Long.class);
    }
}
