package uk.coproduction.portal.yousaid;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.coproduction.portal.base.security.Access;
import uk.coproduction.portal.reporting.Condition;
import uk.coproduction.portal.reporting.PublicVoices;
import uk.coproduction.portal.reporting.PublishedChanges;
import uk.coproduction.portal.reporting.Voices;

import java.util.List;
import java.util.Optional;

/**
 * Reads what the public may see about each service. Aggregates are counted in the database; the only words
 * returned are commissioners' published summaries and moderated quotes.
 */
@Service
@PreAuthorize(Access.ANYONE)
public class YouSaidWeDidService {

    static final int QUOTES_SHOWN = 3;

    private final JdbcClient jdbc;
    private final PublicVoices voices;
    private final PublishedChanges changes;

    YouSaidWeDidService(JdbcClient jdbc, PublicVoices voices, PublishedChanges changes) {
        this.jdbc = jdbc;
        this.voices = voices;
        this.changes = changes;
    }

    /**
     * Every active service, and every retired one that published a change (what was done stays on record, decision
     * 0029), with how many changes it has published, most first.
     */
    @Transactional(readOnly = true)
    public List<ServiceListing> services() {
        return changes.perService().stream()
                .map(s -> new ServiceListing(s.code(), s.name(), s.changes()))
                .toList();
    }

    /** The loop for one service, by its code; empty for an unknown service, or a retired one that published nothing. */
    @Transactional(readOnly = true)
    public Optional<ServiceLoop> loop(String code) {
        if (code == null || code.isBlank() || code.length() > 60) {
            return Optional.empty();
        }
        return jdbc.sql("SELECT s.id, s.code, s.name, s.description FROM commissioned_service s WHERE s.code = :code"
                        + " AND (s.active = TRUE OR EXISTS (SELECT 1 FROM plan_change c WHERE c.service_id = s.id"
                        + " AND c.published = TRUE))")
                .param("code", code)
                .query((rs, row) -> new ServiceRow(
                        rs.getLong("id"), rs.getString("code"), rs.getString("name"), rs.getString("description")))
                .optional()
                .map(this::loop);
    }

    /** Words the page may quote: moderated quotes from any unflagged, cleared item about the service. */
    private static Condition quotableFor(long serviceId) {
        Voices f = Voices.feedback("f");
        return f.counted().and(f.aboutService(serviceId));
    }

    private ServiceLoop loop(ServiceRow service) {
        long serviceId = service.id();
        // Counted as the dashboard counts (decision 0046): reporting.PublicVoices owns the query and the rule.
        PublicVoices.Heard heard = voices.heard(serviceId);
        PublicCount count = new PublicCount(heard.count());
        List<ServiceLoop.ThemeHeard> themes = voices.themes(serviceId).stream()
                .map(theme -> new ServiceLoop.ThemeHeard(theme.theme(), new PublicCount(theme.count())))
                .toList();
        List<ServiceLoop.ChangeMade> changes = jdbc.sql("""
                        SELECT what_changed, easy_read, changed_on FROM plan_change
                        WHERE service_id = :service AND published = TRUE
                        ORDER BY changed_on DESC, id DESC
                        """)
                .param("service", serviceId)
                .query((rs, row) -> new ServiceLoop.ChangeMade(
                        rs.getString("what_changed"),
                        rs.getString("easy_read"),
                        rs.getDate("changed_on").toLocalDate()))
                .list();
        Condition quotable = quotableFor(serviceId);
        List<ServiceLoop.QuoteShown> quotes = count.suppressed()
                ? List.of()
                : jdbc.sql("""
                        SELECT f.quote_text, f.quote_words FROM feedback f
                        WHERE f.quote_approved_at IS NOT NULL AND f.quote_text IS NOT NULL AND """ + " " + quotable.sql() + """

                        ORDER BY f.quote_approved_at DESC
                        LIMIT :limit
                        """)
                        .params(quotable.parameters())
                        .param("limit", QUOTES_SHOWN)
                        .query((rs, row) -> new ServiceLoop.QuoteShown(
                                rs.getString("quote_text"), !"PERSON".equals(rs.getString("quote_words"))))
                        .list();
        // A first and last date would give away when one of fewer than five people wrote.
        boolean datesShown = !count.suppressed() && count.value() > 0;
        return new ServiceLoop(
                service.code(),
                service.name(),
                service.description(),
                count,
                datesShown ? heard.first() : null,
                datesShown ? heard.last() : null,
                themes,
                changes,
                quotes);
    }

    private record ServiceRow(long id, String code, String name, String description) {}
}
