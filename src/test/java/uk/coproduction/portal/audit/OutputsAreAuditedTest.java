package uk.coproduction.portal.audit;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithMockUser;
import uk.coproduction.portal.PortalTest;
import uk.coproduction.portal.base.calendar.Quarter;
import uk.coproduction.portal.base.security.Roles;
import uk.coproduction.portal.exports.EvidenceExports;
import uk.coproduction.portal.exports.ExportFormat;
import uk.coproduction.portal.exports.ExportProgress;
import uk.coproduction.portal.exports.ExportedFile;
import uk.coproduction.portal.imports.CsvImportService;
import uk.coproduction.portal.imports.CsvTemplate;
import uk.coproduction.portal.imports.ImportProgress;
import uk.coproduction.portal.imports.ImportResult;
import uk.coproduction.portal.packs.EvidencePacks;
import uk.coproduction.portal.packs.PackRequest;
import uk.coproduction.portal.reporting.CharterScores.Dimension;
import uk.coproduction.portal.reporting.EvidenceFilter;
import uk.coproduction.portal.reporting.EvidenceFixtures;
import uk.coproduction.portal.security.TestAccounts;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** What leaves the portal or comes into it is in the audit log with its scope: exports, packs, imports. */
@PortalTest
class OutputsAreAuditedTest {

    private static final String BOARD = "test.audit.outputs.board";
    private static final Quarter Q4 = new Quarter(2026, 4);

    @Autowired
    EvidenceExports exports;

    @Autowired
    EvidencePacks packs;

    @Autowired
    CsvImportService imports;

    @Autowired
    EvidenceFixtures fixtures;

    @Autowired
    TestAccounts accounts;

    @Autowired
    JdbcTemplate jdbc;

    private String service;

    @BeforeEach
    void setUp() {
        accounts.ensureStandardAccounts();
        accounts.ensure(BOARD, "Bea Board", null, Set.of(Roles.BOARD));
        service = fixtures.newService();
        fixtures.answers(service, "EAST_KENT", "2026-10-05 10:00:00", 6, "GOOD");
    }

    private Map<String, Object> lastLine(String action, String objectType) {
        return jdbc.queryForMap(
                "SELECT actor, object_id, details FROM audit_event WHERE action = ? AND object_type = ?"
                        + " ORDER BY seq DESC LIMIT 1",
                action,
                objectType);
    }

    @Test
    @WithMockUser(username = BOARD, roles = Roles.BOARD)
    void aBoardMembersExportAndPackAreRecordedWithTheirFilterAndSize() throws Exception {
        ExportedFile file = exports.charterScores(
                EvidenceFilter.forService(service).withQuarters(Q4, Q4),
                Dimension.AREA,
                ExportFormat.CSV,
                "fewer than 5",
                ExportProgress.NONE);
        Files.deleteIfExists(file.file());
        Map<String, Object> export = lastLine("EXPORT", "CHARTER_SCORES");
        assertThat(export.get("actor")).isEqualTo(BOARD);
        assertThat((String) export.get("details"))
                .contains(service)
                .contains("2026-Q4")
                .contains(file.rows() + " rows");

        packs.make(PackRequest.forService(service, Quarter.of(LocalDate.now())));
        Map<String, Object> pack = lastLine("EXPORT", "EVIDENCE_PACK");
        assertThat(pack.get("actor")).isEqualTo(BOARD);
        assertThat(pack.get("object_id")).isEqualTo(service);
        assertThat((String) pack.get("details")).contains("SERVICE").contains("PDF");
    }

    @Test
    @WithMockUser(username = TestAccounts.CHILDRENS_COMMISSIONER, roles = Roles.COMMISSIONER)
    void anImportIsRecordedWithItsBatchAndRows() {
        String unique = UUID.randomUUID().toString();
        LocalDate day = LocalDate.now().minusDays(20);
        String row = "SHORT_BREAKS,EAST_KENT,YOUNG_PERSON,AGE_11_15,PAPER," + day.getDayOfMonth() + "/"
                + day.getMonthValue() + "/" + day.getYear() + ",very good,good,ok,not sure,,bad,\"Audited " + unique
                + "\",More clubs";
        byte[] csv = (String.join(",", CsvTemplate.header()) + "\r\n" + row + "\r\n").getBytes(StandardCharsets.UTF_8);

        ImportResult result = imports.importGoodRows("audited " + unique + ".csv", csv, ImportProgress.NONE);

        Map<String, Object> line = lastLine("import.completed", "import-batch");
        assertThat(line.get("actor")).isEqualTo(TestAccounts.CHILDRENS_COMMISSIONER);
        assertThat(line.get("object_id")).isEqualTo(String.valueOf(result.batchId()));
        assertThat((String) line.get("details")).startsWith("audited " + unique + ".csv: 1 rows imported");
    }
}
