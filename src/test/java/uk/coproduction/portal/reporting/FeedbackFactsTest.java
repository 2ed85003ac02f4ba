package uk.coproduction.portal.reporting;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import uk.coproduction.portal.PortalTest;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each piece of feedback carries its first sent reply and whether its loop is closed (V0023), so that reply figures
 * need not look at every reply and plan link. The database's triggers keep both exactly equal to a recount from the
 * replies, links and changes, whatever is sent, drafted, moved or deleted, linked or unlinked, recorded or removed;
 * and the reply summary the overview reads equals a recount of the items' facts.
 */
@PortalTest
class FeedbackFactsTest {

    @Autowired
    EvidenceFixtures fixtures;

    @Autowired
    DashboardFixtures dashboard;

    @Autowired
    JdbcTemplate jdbc;

    private final List<Long> items = new ArrayList<>();
    private String service;

    @BeforeEach
    void setUp() {
        service = fixtures.newService();
        for (int i = 0; i < 4; i++) {
            items.add(fixtures.feedback(
                    service,
                    "EAST_KENT",
                    "PARENT_CARER",
                    null,
                    "ONLINE",
                    "2026-10-0" + (i + 1) + " 09:00:00",
                    false,
                    Map.of(1, "GOOD")));
        }
    }

    @Test
    void firstReplyIsTheEarliestSentReplyWhateverHappensToReplies() {
        long item = items.getFirst();
        dashboard.reply(item, 3, "AWAITING_APPROVAL");
        assertThat(firstReply(item)).as("a draft is not a reply").isNull();
        assertFactsAgree();

        dashboard.reply(item, 5);
        assertThat(firstReply(item)).isEqualTo(LocalDateTime.of(2026, 10, 6, 9, 0));
        dashboard.reply(item, 2);
        assertThat(firstReply(item)).as("an earlier reply is the first").isEqualTo(LocalDateTime.of(2026, 10, 3, 9, 0));
        assertFactsAgree();

        jdbc.update(
                "update feedback_reply set state = 'SENT', sent_at = '2026-10-02 10:00:00' where feedback_id = ? "
                        + "and state = 'AWAITING_APPROVAL'",
                item);
        assertThat(firstReply(item)).as("an approved draft, sent").isEqualTo(LocalDateTime.of(2026, 10, 2, 10, 0));
        assertFactsAgree();

        jdbc.update("delete from feedback_reply where feedback_id = ? and sent_at = '2026-10-02 10:00:00'", item);
        assertThat(firstReply(item))
                .as("the next one, once it is deleted")
                .isEqualTo(LocalDateTime.of(2026, 10, 3, 9, 0));

        jdbc.update(
                "update feedback_reply set feedback_id = ? where feedback_id = ? and sent_at = '2026-10-03 09:00:00'",
                items.get(1),
                item);
        assertThat(firstReply(item)).as("a reply moved away").isEqualTo(LocalDateTime.of(2026, 10, 6, 9, 0));
        assertThat(firstReply(items.get(1))).as("to another item").isEqualTo(LocalDateTime.of(2026, 10, 3, 9, 0));
        assertFactsAgree();

        jdbc.update("delete from feedback_reply where feedback_id in (?, ?)", item, items.get(1));
        assertThat(firstReply(item)).isNull();
        assertThat(firstReply(items.get(1))).isNull();
        assertFactsAgree();
    }

    @Test
    void loopIsClosedWhileALinkedActionHasAChange() {
        long item = items.get(2);
        long other = items.get(3);
        long action = dashboard.actionWithChange();
        long bare = dashboard.actionWithChange();
        jdbc.update("delete from plan_change where action_id = ?", bare);
        assertThat(loopClosed(item)).isFalse();

        dashboard.link(item, bare);
        assertThat(loopClosed(item))
                .as("linked to an action with no change yet")
                .isFalse();
        dashboard.link(item, action);
        dashboard.link(other, action);
        assertThat(loopClosed(item)).as("linked to an action with a change").isTrue();
        assertThat(loopClosed(other)).isTrue();
        assertFactsAgree();

        jdbc.update("delete from feedback_plan_action where feedback_id = ? and action_id = ?", item, action);
        assertThat(loopClosed(item)).as("unlinked").isFalse();
        assertThat(loopClosed(other)).isTrue();
        assertFactsAgree();

        jdbc.update("update plan_change set action_id = ? where action_id = ?", bare, action);
        assertThat(loopClosed(item))
                .as("the change moved to the other action it is linked to")
                .isTrue();
        assertThat(loopClosed(other)).as("and away from this one's").isFalse();
        assertFactsAgree();

        jdbc.update("""
                insert into plan_change (action_id, what_changed, changed_on, done_by, recorded_by, recorded_at)
                values (?, 'Longer opening', '2026-11-02', 'Team', 'test', now())
                """, action);
        assertThat(loopClosed(other)).as("a change recorded").isTrue();
        jdbc.update("delete from plan_change where action_id in (?, ?)", action, bare);
        assertThat(loopClosed(item)).as("every change deleted").isFalse();
        assertThat(loopClosed(other)).isFalse();
        assertFactsAgree();
    }

    @Test
    void deletingFeedbackWithRepliesAndLinksLeavesTheOthersExact() {
        long action = dashboard.actionWithChange();
        dashboard.reply(items.get(0), 1);
        dashboard.link(items.get(0), action);
        dashboard.link(items.get(1), action);
        assertThat(summaryOf(service)).as("items, replied, loop closed").containsExactly(4, 1, 2);
        jdbc.update(
                "update feedback set safeguarding_flag = TRUE, safeguarding_source = 'STAFF' where id = ?",
                items.get(1));
        assertThat(summaryOf(service)).as("a flagged item is never counted").containsExactly(3, 1, 1);
        jdbc.update(
                "update feedback set safeguarding_flag = FALSE, submitted_at = '2025-01-05 10:00:00', "
                        + "channel = 'PAPER', age_band = 'AGE_11_15' where id = ?",
                items.get(1));
        assertThat(summaryOf(service)).containsExactly(4, 1, 2);
        assertFactsAgree();
        jdbc.update("delete from feedback where id = ?", items.get(0));
        assertThat(loopClosed(items.get(1))).isTrue();
        assertThat(summaryOf(service)).containsExactly(3, 0, 1);
        assertFactsAgree();
    }

    private LocalDateTime firstReply(long item) {
        return jdbc.queryForObject("select first_reply_at from feedback where id = ?", LocalDateTime.class, item);
    }

    private boolean loopClosed(long item) {
        return jdbc.queryForObject("select loop_closed from feedback where id = ?", Boolean.class, item);
    }

    /** Every item in the database: its facts equal a recount from the raw tables. */
    private void assertFactsAgree() {
        List<Long> wrong = jdbc.queryForList("""
                select f.id from feedback f
                where not (f.first_reply_at <=> (select min(r.sent_at) from feedback_reply r
                                                 where r.feedback_id = f.id and r.state = 'SENT' and r.sent_at is not null))
                   or f.loop_closed <> exists (select 1 from feedback_plan_action fpa
                                               join plan_change pc on pc.action_id = fpa.action_id
                                               where fpa.feedback_id = f.id)
                """, Long.class);
        assertThat(wrong).as("items whose facts differ from a recount").isEmpty();
        String summary = """
                SELECT quarter_start, service_id, area_id, respondent_group, age_band, channel,
                       SUM(items), SUM(replied), SUM(loop_closed)
                FROM reply_summary GROUP BY 1, 2, 3, 4, 5, 6
                HAVING SUM(items) <> 0 OR SUM(replied) <> 0 OR SUM(loop_closed) <> 0
                """;
        String recount = """
                SELECT portal_quarter_start(f.submitted_at), COALESCE(f.service_id, 0), COALESCE(f.area_id, 0),
                       f.respondent_group, COALESCE(f.age_band, ''), f.channel,
                       COUNT(*), COUNT(f.first_reply_at), SUM(f.loop_closed)
                FROM feedback f WHERE f.safeguarding_flag = FALSE AND f.held_for_review = FALSE GROUP BY 1, 2, 3, 4, 5, 6
                """;
        assertThat(jdbc.queryForObject(
                        "select count(*) from ((" + summary + ") except (" + recount + ")) x", Long.class))
                .as("reply summary rows that a recount does not give")
                .isZero();
        assertThat(jdbc.queryForObject(
                        "select count(*) from ((" + recount + ") except (" + summary + ")) x", Long.class))
                .as("recounted rows missing from the reply summary")
                .isZero();
    }

    private long[] summaryOf(String service) {
        return jdbc.queryForObject("""
                select coalesce(sum(s.items), 0), coalesce(sum(s.replied), 0), coalesce(sum(s.loop_closed), 0)
                from reply_summary s join commissioned_service c on c.id = s.service_id where c.code = ?
                """, (rs, n) -> new long[] {rs.getLong(1), rs.getLong(2), rs.getLong(3)}, service);
    }
}
