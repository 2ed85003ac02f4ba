package uk.coproduction.portal.imports;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.transaction.support.TransactionTemplate;
import uk.coproduction.portal.PortalTest;
import uk.coproduction.portal.base.security.Roles;
import uk.coproduction.portal.security.TestAccounts;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.coproduction.portal.imports.CsvImportServiceTest.csv;
import static uk.coproduction.portal.imports.CsvImportServiceTest.daysAgo;

/**
 * An import adds its items to the summaries the dashboards read once, set-based, instead of row by row through the
 * triggers (V0220, decision 0036): afterwards every summary still equals a recount from the rows, across quarters,
 * services, areas, groups, age bands and channels, with a flagged item left out, and the triggers' switch is off
 * again, so the next item saved any other way is counted by its trigger.
 */
@PortalTest
@WithMockUser(username = TestAccounts.CHILDRENS_COMMISSIONER, roles = Roles.COMMISSIONER)
class ImportSummariesTest {

    @Autowired
    CsvImportService imports;

    @Autowired
    TestAccounts accounts;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TransactionTemplate transaction;

    @BeforeEach
    void staffAccountsExist() {
        accounts.ensureStandardAccounts();
    }

    static final String RATING_SUMMARY = """
            SELECT quarter_start, service_id, area_id, respondent_group, age_band, channel, expectation_id,
                   SUM(very_good), SUM(good), SUM(ok), SUM(bad), SUM(very_bad), SUM(not_sure)
            FROM rating_summary GROUP BY 1, 2, 3, 4, 5, 6, 7
            HAVING SUM(very_good) <> 0 OR SUM(good) <> 0 OR SUM(ok) <> 0 OR SUM(bad) <> 0 OR SUM(very_bad) <> 0
                OR SUM(not_sure) <> 0""";
    static final String RATING_RECOUNT = """
            SELECT portal_quarter_start(f.submitted_at), COALESCE(f.service_id, 0), COALESCE(f.area_id, 0),
                   f.respondent_group, COALESCE(f.age_band, ''), f.channel, r.expectation_id,
                   SUM(r.answer = 'VERY_GOOD'), SUM(r.answer = 'GOOD'), SUM(r.answer = 'OK'), SUM(r.answer = 'BAD'),
                   SUM(r.answer = 'VERY_BAD'), SUM(r.answer = 'NOT_SURE')
            FROM feedback f JOIN feedback_rating r ON r.feedback_id = f.id
            WHERE f.safeguarding_flag = FALSE AND f.held_for_review = FALSE GROUP BY 1, 2, 3, 4, 5, 6, 7""";
    static final String REPLY_SUMMARY = """
            SELECT quarter_start, service_id, area_id, respondent_group, age_band, channel,
                   SUM(items), SUM(replied), SUM(loop_closed)
            FROM reply_summary GROUP BY 1, 2, 3, 4, 5, 6
            HAVING SUM(items) <> 0 OR SUM(replied) <> 0 OR SUM(loop_closed) <> 0""";
    static final String REPLY_RECOUNT = """
            SELECT portal_quarter_start(f.submitted_at), COALESCE(f.service_id, 0), COALESCE(f.area_id, 0),
                   f.respondent_group, COALESCE(f.age_band, ''), f.channel,
                   COUNT(*), COUNT(f.first_reply_at), SUM(f.loop_closed)
            FROM feedback f WHERE f.safeguarding_flag = FALSE AND f.held_for_review = FALSE GROUP BY 1, 2, 3, 4, 5, 6""";

    long differences(String one, String other) {
        return jdbc.queryForObject("select count(*) from ((" + one + ") except (" + other + ")) x", Long.class);
    }

    void assertSummariesEqualARecount() {
        assertThat(differences(RATING_SUMMARY, RATING_RECOUNT))
                .as("rating summary rows a recount does not give")
                .isZero();
        assertThat(differences(RATING_RECOUNT, RATING_SUMMARY))
                .as("recounted answers missing from the rating summary")
                .isZero();
        assertThat(differences(REPLY_SUMMARY, REPLY_RECOUNT))
                .as("reply summary rows a recount does not give")
                .isZero();
        assertThat(differences(REPLY_RECOUNT, REPLY_SUMMARY))
                .as("recounted items missing from the reply summary")
                .isZero();
    }

    long items(String table, String column) {
        return jdbc.queryForObject("select coalesce(sum(" + column + "), 0) from " + table, Long.class);
    }

    @Test
    void anImportedBatchIsCountedInEverySummaryExactlyAsARecountCountsItAndTheNextSingleItemIsCountedByItsTrigger() {
        String unique = UUID.randomUUID().toString();
        long itemsBefore = items("reply_summary", "items");
        long answersBefore = items("rating_summary", "very_good + good + ok + bad + very_bad + not_sure");
        byte[] file = csv(
                // two quarters, two groups, with and without area and age band, two channels (blank is paper)
                "SHORT_BREAKS,EAST_KENT,YOUNG_PERSON,AGE_11_15,PAPER," + daysAgo(20)
                        + ",very good,good,ok,not sure,,bad,\"Club " + unique + "\",More clubs",
                "short breaks,,PARENT_CARER,,EVENT," + daysAgo(20) + ",bad,bad,,,,,\"Waiting list " + unique + "\",",
                "SHORT_BREAKS,West Kent,YOUNG_PERSON,AGE_11_15,PAPER," + daysAgo(130) + ",good,,,,,,\"Summer " + unique
                        + "\",",
                "SHORT_BREAKS,EAST_KENT,YOUNG_PERSON,AGE_11_15,," + daysAgo(20) + ",ok,ok,ok,ok,ok,ok,\"Bus " + unique
                        + "\",Later bus",
                // words that disclose harm: flagged, so counted in no summary
                "SHORT_BREAKS,EAST_KENT,YOUNG_PERSON,AGE_11_15,PAPER," + daysAgo(20)
                        + ",very good,very good,,,,,\"I am scared to go home " + unique + "\",");

        ImportResult result = imports.importGoodRows("summaries-" + unique + ".csv", file, ImportProgress.NONE);

        assertThat(result.imported()).isEqualTo(5);
        assertSummariesEqualARecount();
        assertThat(items("reply_summary", "items") - itemsBefore)
                .as("the four unflagged items")
                .isEqualTo(4);
        assertThat(items("rating_summary", "very_good + good + ok + bad + very_bad + not_sure") - answersBefore)
                .as("the unflagged items' answers: 5 + 2 + 1 + 6")
                .isEqualTo(14);

        // The switch is off again: an item saved any other way is counted by the triggers.
        Boolean switchedOff = transaction.execute(
                s -> jdbc.queryForObject("select @portal_summaries_deferred is null", Boolean.class));
        assertThat(switchedOff).isTrue();
        ImportResult next = imports.importGoodRows(
                "summaries-next-" + unique + ".csv",
                csv("SHORT_BREAKS,EAST_KENT,YOUNG_PERSON,AGE_11_15,PAPER," + daysAgo(21) + ",good,,,,,,\"Next " + unique
                        + "\","),
                ImportProgress.NONE);
        assertThat(next.imported()).isEqualTo(1);
        transaction.executeWithoutResult(s -> jdbc.update("""
                update feedback f join import_row r on r.feedback_id = f.id set f.channel = 'ONLINE'
                where r.batch_id = ?""", next.batchId()));
        assertSummariesEqualARecount();
    }
}
