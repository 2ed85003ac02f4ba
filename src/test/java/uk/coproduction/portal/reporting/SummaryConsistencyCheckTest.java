package uk.coproduction.portal.reporting;

import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithMockUser;
import uk.coproduction.portal.PortalTest;
import uk.coproduction.portal.base.security.Roles;
import uk.coproduction.portal.security.TestAccounts;
import uk.coproduction.portal.themes.ThemeService;
import uk.coproduction.portal.yousaid.LoopFixture;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The nightly check of the trigger-kept summaries (decision 0046): silent while every summary equals a recount of
 * the base tables, and loud — an ERROR line naming the summary, the key and both figures, an audit line and a gauge —
 * when a row is changed behind the triggers' back. The summary tables are the subject here, so the test writes them
 * directly; everything else goes in through the front door.
 */
@PortalTest
@ExtendWith(OutputCaptureExtension.class)
@WithMockUser(username = TestAccounts.CHILDRENS_COMMISSIONER, roles = Roles.COMMISSIONER)
class SummaryConsistencyCheckTest {

    @Autowired
    SummaryConsistencyCheck check;

    @Autowired
    LoopFixture loop;

    @Autowired
    ThemeService themes;

    @Autowired
    TestAccounts accounts;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    MeterRegistry meters;

    @Test
    void aSummaryRowChangedBehindTheTriggersIsReportedWithBothFiguresAndNothingWhenConsistent(CapturedOutput log) {
        accounts.ensureStandardAccounts();
        LoopFixture.LoopService clubs = loop.newChildrensService();
        long first = loop.send(clubs, "The club was fun and the staff were kind");
        long second = loop.send(clubs, "We waited a long time for a place");
        themes.tagAll(List.of(first, second), themes.activeThemes().getFirst().id());

        assertThat(check.checkAndReport())
                .as("every summary equals its recount")
                .isEmpty();
        assertThat(log.getOut()).doesNotContain("drifted");
        assertThat(drift("reply_summary")).isZero();

        jdbc.update("UPDATE reply_summary SET items = items + 3 WHERE service_id = ?", clubs.id());
        jdbc.update("DELETE FROM theme_summary WHERE service_id = ?", clubs.id());
        jdbc.update(
                "UPDATE rating_summary SET good = good - 1 WHERE service_id = ? AND expectation_id = "
                        + "(SELECT id FROM charter_expectation WHERE position = 1)",
                clubs.id());

        List<SummaryDrift> drift = check.checkAndReport();

        String key = "service_id=" + clubs.id() + ", area_id=0, respondent_group=YOUNG_PERSON, age_band=AGE_11_15, "
                + "channel=ONLINE";
        assertThat(drift)
                .extracting(SummaryDrift::summary)
                .containsExactlyInAnyOrder("rating_summary", "reply_summary", "theme_summary");
        SummaryDrift replies = drift.stream()
                .filter(d -> d.summary().equals("reply_summary"))
                .findFirst()
                .orElseThrow();
        assertThat(replies.key()).contains(key);
        assertThat(replies.kept()).containsExactly("5", "0", "0");
        assertThat(replies.recounted()).containsExactly("2", "0", "0");
        SummaryDrift themesDrift = drift.stream()
                .filter(d -> d.summary().equals("theme_summary"))
                .findFirst()
                .orElseThrow();
        assertThat(themesDrift.kept()).as("no row kept").isEmpty();
        assertThat(themesDrift.recounted()).containsExactly("2");
        SummaryDrift ratings = drift.stream()
                .filter(d -> d.summary().equals("rating_summary"))
                .findFirst()
                .orElseThrow();
        assertThat(ratings.kept()).containsExactly("0", "1", "0", "0", "0", "0");
        assertThat(ratings.recounted()).containsExactly("0", "2", "0", "0", "0", "0");

        assertThat(log.getOut())
                .contains("ERROR")
                .contains(
                        "Summary reply_summary drifted at " + replies.key() + ": kept [5, 0, 0], recounted [2, 0, 0]");
        assertThat(log.getOut()).contains("Summary theme_summary drifted at", "kept [], recounted [2]");
        assertThat(jdbc.queryForObject(
                        "SELECT COUNT(*) FROM audit_event WHERE action = 'reporting.summary-drift'"
                                + " AND object_id = 'reply_summary' AND details LIKE ?",
                        Integer.class,
                        "%" + key + "%"))
                .isEqualTo(1);
        assertThat(drift("reply_summary")).isEqualTo(1);
        assertThat(drift("feedback.first_reply_at, feedback.loop_closed")).isZero();

        jdbc.update("UPDATE reply_summary SET items = items - 3 WHERE service_id = ?", clubs.id());
        jdbc.update(
                "UPDATE rating_summary SET good = good + 1 WHERE service_id = ? AND expectation_id = "
                        + "(SELECT id FROM charter_expectation WHERE position = 1)",
                clubs.id());
        jdbc.update("""
                INSERT INTO theme_summary (quarter_start, service_id, area_id, respondent_group, age_band, channel,
                    theme_id, items)
                SELECT portal_quarter_start(f.submitted_at), f.service_id, 0, f.respondent_group, f.age_band,
                    f.channel, t.theme_id, COUNT(*) FROM feedback f JOIN feedback_theme t ON t.feedback_id = f.id
                WHERE f.service_id = ? GROUP BY 1, 2, 3, 4, 5, 6, 7""", clubs.id());

        assertThat(check.checkAndReport()).as("put right, nothing to report").isEmpty();
        assertThat(drift("reply_summary")).isZero();
    }

    @Test
    void anItemsFirstReplySetByHandIsDriftInItsFacts() {
        accounts.ensureStandardAccounts();
        LoopFixture.LoopService clubs = loop.newChildrensService();
        long item = loop.send(clubs, "Nobody answered my question");

        // An UPDATE of feedback keeps reply_summary in step with the fact (its trigger), so only the fact drifts.
        jdbc.update("UPDATE feedback SET first_reply_at = NOW() WHERE id = ?", item);
        List<SummaryDrift> drift = check.checkAndReport();
        assertThat(drift).singleElement().satisfies(d -> {
            assertThat(d.summary()).isEqualTo("feedback.first_reply_at, feedback.loop_closed");
            assertThat(d.key()).isEqualTo("feedback_id=" + item);
            assertThat(d.kept().getFirst()).isNotNull();
            assertThat(d.recounted().getFirst()).as("no reply was sent").isNull();
        });

        jdbc.update("UPDATE feedback SET first_reply_at = NULL WHERE id = ?", item);
        assertThat(check.checkAndReport()).isEmpty();
    }

    private double drift(String summary) {
        return meters.get("portal.summary.drift")
                .tag("summary", summary)
                .gauge()
                .value();
    }
}
