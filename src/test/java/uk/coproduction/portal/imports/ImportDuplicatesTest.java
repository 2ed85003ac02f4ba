package uk.coproduction.portal.imports;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithMockUser;
import uk.coproduction.portal.PortalTest;
import uk.coproduction.portal.base.security.Roles;
import uk.coproduction.portal.security.TestAccounts;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static uk.coproduction.portal.imports.CsvImportServiceTest.csv;
import static uk.coproduction.portal.imports.CsvImportServiceTest.daysAgo;

/**
 * One identity for an imported row, within a file and across files (issue 24 finding 3, issue 18): values are
 * normalised before comparing, likely duplicates are shown with the reason, and imported only when the importer
 * says so, with that decision recorded.
 */
@PortalTest
@WithMockUser(username = TestAccounts.CHILDRENS_COMMISSIONER, roles = Roles.COMMISSIONER)
class ImportDuplicatesTest {

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

    int feedbackCount() {
        return jdbc.queryForObject("select count(*) from feedback", Integer.class);
    }

    @Test
    void aReKeyedBatchWithTheServiceWrittenInLowerCaseIsRecognisedAsAlreadyImported() {
        String unique = UUID.randomUUID().toString();
        String date = daysAgo(30);
        imports.importGoodRows(
                "march-" + unique + ".csv",
                csv(
                        "SHORT_BREAKS,EAST_KENT,YOUNG_PERSON,AGE_11_15,PAPER," + date
                                + ",very good,good,,,,,\"The staff were kind " + unique + "\",More clubs",
                        "SHORT_BREAKS,,PARENT_CARER,,PAPER," + date + ",good,,,,,,\"Café was shut " + unique + "\","),
                ImportProgress.NONE);
        int after = feedbackCount();

        // The same two paper forms typed again by someone else: service by code in lower case and by name, extra
        // spaces, other case, the area by its name, the accent left out.
        byte[] reKeyed = csv(
                "short_breaks, East Kent ,young person,11-15,paper," + date
                        + ",Very Good,GOOD,,,,,\"  the staff  were KIND " + unique + "\",more clubs",
                "  Short breaks holiday clubs ,,parent or carer,,," + date + ",good,,,,,,\"Cafe was shut " + unique
                        + "\",");
        ImportPreview preview = imports.check("march-retyped.csv", reKeyed, ImportProgress.NONE);

        assertThat(preview.rows())
                .extracting(CheckedRow::row, CheckedRow::status)
                .containsExactly(
                        tuple(2, CheckedRow.Status.ALREADY_IMPORTED), tuple(3, CheckedRow.Status.ALREADY_IMPORTED));
        assertThat(preview.rows().getFirst().duplicateOf().fileName()).isEqualTo("march-" + unique + ".csv");
        assertThat(preview.ready()).isZero();
        assertThat(preview.importable()).as("nothing new to import").isFalse();
        assertThat(feedbackCount()).isEqualTo(after);
    }

    @Test
    void theSameFormTwiceInOneFileIsShownAsALikelyDuplicateOfItsFirstLineAndLeftOut() {
        String unique = UUID.randomUUID().toString();
        String row = "SHORT_BREAKS,,YOUNG_PERSON,,PAPER," + daysAgo(12) + ",good,,,,,,\"Same words " + unique + "\",";
        byte[] file = csv(
                row,
                "SHORT_BREAKS,,YOUNG_PERSON,,PAPER," + daysAgo(12) + ",good,,,,,,\"Other " + unique + "\",",
                row.replace("SHORT_BREAKS", "short breaks holiday clubs").replace("Same", "same"));

        ImportPreview preview = imports.check("twice.csv", file, ImportProgress.NONE);

        assertThat(preview.rows())
                .extracting(CheckedRow::row, CheckedRow::status)
                .containsExactly(
                        tuple(2, CheckedRow.Status.READY),
                        tuple(3, CheckedRow.Status.READY),
                        tuple(4, CheckedRow.Status.REPEATED_IN_FILE));
        assertThat(preview.rows().get(2).duplicateOf().line()).isEqualTo(2);
        ImportResult result = imports.importGoodRows("twice.csv", file, ImportProgress.NONE);
        assertThat(result.imported()).isEqualTo(2);
        assertThat(result.duplicates()).isEqualTo(1);
    }

    @Test
    void importAnywayImportsTheLikelyDuplicateAndRecordsTheReasonAndWhoDecided() {
        String unique = UUID.randomUUID().toString();
        String row = "SHORT_BREAKS,,YOUNG_PERSON,,PAPER," + daysAgo(12) + ",good,,,,,,\"Twins wrote the same " + unique
                + "\",";
        byte[] file = csv(row, row);
        int before = feedbackCount();

        ImportResult result = imports.importGoodRows("twins.csv", file, Set.of(3), ImportProgress.NONE);

        assertThat(result.imported()).isEqualTo(2);
        assertThat(feedbackCount()).isEqualTo(before + 2);
        List<Map<String, Object>> rows = jdbc.queryForList("""
                select source_row, duplicate_reason, imported_anyway from import_row where batch_id = ?
                order by source_row""", result.batchId());
        assertThat(rows)
                .extracting(r -> r.get("source_row"), r -> r.get("duplicate_reason"), r -> r.get("imported_anyway"))
                .containsExactly(tuple(2, null, false), tuple(3, "same as line 2", true));
        assertThat(jdbc.queryForObject(
                        "select rows_imported_anyway from import_batch where id = ?", Integer.class, result.batchId()))
                .isEqualTo(1);

        // And a third copy in a later file is a likely duplicate of the earlier import, naming the batch.
        ImportPreview later = imports.check(
                "twins-again.csv",
                csv(row, "SHORT_BREAKS,,YOUNG_PERSON,,PAPER," + daysAgo(12) + ",good,,,,,,\"New " + unique + "\","),
                ImportProgress.NONE);
        assertThat(later.rows())
                .extracting(CheckedRow::status)
                .containsExactly(CheckedRow.Status.ALREADY_IMPORTED, CheckedRow.Status.READY);
        assertThat(later.rows().getFirst().duplicateOf().batchId()).isEqualTo(result.batchId());
    }
}
