package uk.coproduction.portal.reporting;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.List;

/**
 * The counts the public "You said, we did" page prints about one service, over all time: how many voices, when the
 * first and last were given, and how many per active theme. Exact counts; the page publishes them only through the
 * disclosure rule ({@code yousaid.PublicCount}). Counted with the dashboard's rule (decision 0016, written once in
 * {@link Voices}): never flagged or held, for the main service the person rated, frontline workers apart — so the
 * public page and the dashboard give the same number for the same service and period (decision 0046).
 */
@Component
public class PublicVoices {

    /** Voices heard about a service, with the days the first and the last were given (null when none). */
    public record Heard(long count, LocalDate first, LocalDate last) {}

    /** Voices about a service that carry one active theme. */
    public record ThemeHeard(String theme, long count) {}

    private final JdbcClient jdbc;

    PublicVoices(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    private static Condition countedFor(long serviceId) {
        Voices f = Voices.feedback("f");
        return Condition.allOf(List.of(f.counted(), f.forService(serviceId), f.residentsOnly()));
    }

    @Transactional(readOnly = true)
    public Heard heard(long serviceId) {
        Condition counted = countedFor(serviceId);
        return jdbc.sql("SELECT COUNT(*) AS n, MIN(f.submitted_at) AS first, MAX(f.submitted_at) AS last "
                        + "FROM feedback f WHERE " + counted.sql())
                .params(counted.parameters())
                .query((rs, row) -> new Heard(
                        rs.getLong("n"), localDate(rs.getTimestamp("first")), localDate(rs.getTimestamp("last"))))
                .single();
    }

    /** Per active theme, most first. */
    @Transactional(readOnly = true)
    public List<ThemeHeard> themes(long serviceId) {
        Condition counted = countedFor(serviceId);
        return jdbc.sql("SELECT t.name, COUNT(DISTINCT f.id) AS n FROM feedback_theme ft "
                        + "JOIN theme t ON t.id = ft.theme_id JOIN feedback f ON f.id = ft.feedback_id "
                        + "WHERE t.active = TRUE AND " + counted.sql() + " GROUP BY t.name ORDER BY n DESC, t.name")
                .params(counted.parameters())
                .query((rs, row) -> new ThemeHeard(rs.getString("name"), rs.getLong("n")))
                .list();
    }

    private static LocalDate localDate(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toLocalDateTime().toLocalDate();
    }
}
