package uk.coproduction.portal.demo;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import uk.coproduction.portal.PortalTest;
import uk.coproduction.portal.base.RespondentGroup;
import uk.coproduction.portal.feedback.Feedback;
import uk.coproduction.portal.feedback.FeedbackItems;

import javax.sql.DataSource;
import java.time.Clock;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The data generator, small: 2,000 pieces of feedback on services of its own. */
@PortalTest
class DataGeneratorTest {

    @Autowired
    DataGenerator generator;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    FeedbackItems feedback;

    @Autowired
    TransactionTemplate transaction;

    @Autowired
    DataSource dataSource;

    @Autowired
    Clock clock;

    @Test
    void inTheProductionProfileTheGeneratorRefusesAndWritesNothing() {
        long feedbackBefore = count("SELECT COUNT(*) FROM feedback");
        long servicesBefore = count("SELECT COUNT(*) FROM commissioned_service");
        StandardEnvironment production = new StandardEnvironment();
        production.setActiveProfiles("prod");
        DataGenerator inProduction = new DataGenerator(dataSource, clock, production);

        assertThatThrownBy(() -> inProduction.generate(new DataGenerator.Plan(100, 4, true, "PRODGEN", true, 7)))
                .isInstanceOf(GeneratorRefusedException.class)
                .hasMessageContaining("does not run in the 'prod' profile")
                .hasMessageContaining("nothing was written");
        assertThat(count("SELECT COUNT(*) FROM feedback")).isEqualTo(feedbackBefore);
        assertThat(count("SELECT COUNT(*) FROM commissioned_service")).isEqualTo(servicesBefore);

        // With any other profile beside prod it still refuses.
        production.setActiveProfiles("demo", "prod");
        assertThatThrownBy(() -> inProduction.generate(new DataGenerator.Plan(100, 4, true, "PRODGEN", true, 7)))
                .isInstanceOf(GeneratorRefusedException.class);
        assertThat(count("SELECT COUNT(*) FROM feedback")).isEqualTo(feedbackBefore);
    }

    @Test
    void generatedFeedbackCoversEveryGroupChannelAndQuarterAndLoadsLikeAnyOther() {
        String prefix = "GT" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();

        DataGenerator.Result result = generator.generate(new DataGenerator.Plan(2_000, 4, false, prefix, false, 7));

        assertThat(result.servicesMade()).isEqualTo(4);
        assertThat(result.lastFeedbackId() - result.firstFeedbackId() + 1).isEqualTo(2_000);
        String mine = "f.service_id IN (SELECT id FROM commissioned_service WHERE code LIKE '" + prefix + "\\_%')";
        assertThat(count("SELECT COUNT(*) FROM feedback f WHERE " + mine)).isEqualTo(2_000);
        assertThat(column("SELECT DISTINCT f.respondent_group FROM feedback f WHERE " + mine))
                .containsExactlyInAnyOrderElementsOf(List.of(RespondentGroup.values()).stream()
                        .map(Enum::name)
                        .toList());
        assertThat(column("SELECT DISTINCT f.channel FROM feedback f WHERE " + mine))
                .containsExactlyInAnyOrder("ONLINE", "ADVOCATE", "EVENT", "PAPER", "STAFF");
        assertThat(column("SELECT DISTINCT f.age_band FROM feedback f WHERE f.respondent_group = 'YOUNG_PERSON' AND "
                        + mine))
                .containsExactlyInAnyOrder("UNDER_11", "AGE_11_15", "AGE_16_18", "AGE_19_25");
        assertThat(column(
                        "SELECT DISTINCT CONCAT(YEAR(f.submitted_at), '-Q', QUARTER(f.submitted_at)) FROM feedback f WHERE "
                                + mine))
                .as("the last 8 quarters")
                .hasSize(8);
        assertThat(column(
                        "SELECT DISTINCT r.answer FROM feedback_rating r JOIN feedback f ON f.id = r.feedback_id WHERE "
                                + mine))
                .containsExactlyInAnyOrder("VERY_GOOD", "GOOD", "OK", "BAD", "VERY_BAD", "NOT_SURE");
        assertThat(count("SELECT COUNT(*) FROM feedback f WHERE f.safeguarding_flag = TRUE AND " + mine))
                .as("a small share flagged")
                .isBetween(1L, 40L);
        assertThat(count("SELECT COUNT(*) FROM feedback_reply r JOIN feedback f ON f.id = r.feedback_id "
                        + "WHERE r.state = 'SENT' AND r.sent_at IS NOT NULL AND " + mine))
                .isGreaterThan(300);
        assertThat(count("SELECT COUNT(*) FROM feedback_theme t JOIN feedback f ON f.id = t.feedback_id WHERE " + mine))
                .isGreaterThan(300);
        assertThat(count("SELECT COUNT(*) FROM feedback_plan_action a JOIN feedback f ON f.id = a.feedback_id WHERE "
                        + mine))
                .isGreaterThan(50);
        assertThat(count("SELECT COUNT(*) FROM frontline_response q JOIN feedback f ON f.id = q.feedback_id WHERE "
                        + mine))
                .isEqualTo(count(
                        "SELECT COUNT(*) FROM feedback f WHERE f.respondent_group = 'FRONTLINE_WORKER' AND " + mine));
        assertThat(count("SELECT COUNT(DISTINCT sa.area_id) FROM service_area sa JOIN commissioned_service s "
                        + "ON s.id = sa.service_id WHERE s.code LIKE '" + prefix + "\\_%'"))
                .isPositive();

        assertThat(count("SELECT COALESCE(SUM(s.very_good + s.good + s.ok + s.bad + s.very_bad + s.not_sure), 0) "
                        + "FROM rating_summary s WHERE " + mine.replace("f.service_id", "s.service_id")))
                .as("the rating summary counts every unflagged rating, though its triggers were off")
                .isEqualTo(count("SELECT COUNT(*) FROM feedback_rating r JOIN feedback f ON f.id = r.feedback_id "
                        + "WHERE f.safeguarding_flag = FALSE AND " + mine))
                .isPositive();

        assertThat(count("SELECT COUNT(*) FROM feedback f WHERE f.first_reply_at IS NOT NULL AND " + mine))
                .as("each item's first sent reply (V0023), though the reply triggers were off")
                .isEqualTo(count("SELECT COUNT(DISTINCT r.feedback_id) FROM feedback_reply r JOIN feedback f "
                        + "ON f.id = r.feedback_id WHERE r.state = 'SENT' AND r.sent_at IS NOT NULL AND " + mine))
                .isPositive();
        assertThat(count("SELECT COUNT(*) FROM feedback f WHERE " + mine + " AND NOT (f.first_reply_at <=> "
                        + "(SELECT MIN(r.sent_at) FROM feedback_reply r WHERE r.feedback_id = f.id AND r.state = 'SENT' "
                        + "AND r.sent_at IS NOT NULL) AND f.loop_closed = EXISTS (SELECT 1 FROM feedback_plan_action a "
                        + "JOIN plan_change c ON c.action_id = a.action_id WHERE a.feedback_id = f.id))"))
                .as("items whose reply and loop facts differ from a recount")
                .isZero();
        assertThat(count("SELECT COUNT(*) FROM feedback f WHERE f.loop_closed AND " + mine))
                .as("some loops closed")
                .isPositive();
        assertThat(count("SELECT COALESCE(SUM(s.replied), 0) FROM reply_summary s WHERE "
                        + mine.replace("f.service_id", "s.service_id")))
                .as("the reply summary follows the generated facts")
                .isEqualTo(count("SELECT COUNT(*) FROM feedback f WHERE f.safeguarding_flag = FALSE "
                        + "AND f.first_reply_at IS NOT NULL AND " + mine));
        assertThat(count("SELECT COALESCE(SUM(s.items), 0) FROM reply_summary s WHERE "
                        + mine.replace("f.service_id", "s.service_id")))
                .isEqualTo(count("SELECT COUNT(*) FROM feedback f WHERE f.safeguarding_flag = FALSE AND " + mine));
        assertThat(count("SELECT COALESCE(SUM(s.loop_closed), 0) FROM reply_summary s WHERE "
                        + mine.replace("f.service_id", "s.service_id")))
                .as("the reply summary's closed loops follow the generated facts")
                .isEqualTo(count("SELECT COUNT(*) FROM feedback f WHERE f.safeguarding_flag = FALSE "
                        + "AND f.loop_closed AND " + mine));
        assertThat(count("SELECT COALESCE(SUM(s.items), 0) FROM theme_summary s WHERE "
                        + mine.replace("f.service_id", "s.service_id")))
                .as("the theme summary counts every unflagged item's themes, though its triggers were off")
                .isEqualTo(count("SELECT COUNT(*) FROM feedback_theme t JOIN feedback f ON f.id = t.feedback_id "
                        + "WHERE f.safeguarding_flag = FALSE AND " + mine))
                .isPositive();

        transaction.executeWithoutResult(status -> {
            Feedback first = feedback.byId(result.firstFeedbackId()).orElseThrow();
            assertThat(first.getReferenceCode()).matches("[A-HJKMNP-Z2-9]{3}-[A-HJKMNP-Z2-9]{3}");
            assertThat(first.getService().getCode()).startsWith(prefix);
            assertThat(first.getRatings()).isNotEmpty();
            assertThat(first.getStatus()).isNotNull();
            assertThat(feedback.byReferenceCode(first.getReferenceCode())).isPresent();
        });
    }

    private long count(String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }

    private List<String> column(String sql) {
        return jdbc.sql(sql).query(String.class).list();
    }
}
