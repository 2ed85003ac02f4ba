package uk.coproduction.portal.exports;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.coproduction.portal.audit.AuditLog;
import uk.coproduction.portal.base.security.Access;
import uk.coproduction.portal.base.security.Roles;
import uk.coproduction.portal.charter.CharterService;
import uk.coproduction.portal.charter.Expectation;
import uk.coproduction.portal.reporting.CharterScores;
import uk.coproduction.portal.reporting.CharterScores.Dimension;
import uk.coproduction.portal.reporting.CharterScores.Score;
import uk.coproduction.portal.reporting.CharterScores.Tone;
import uk.coproduction.portal.reporting.EvidenceFilter;
import uk.coproduction.portal.reporting.EvidenceSql;
import uk.coproduction.portal.reporting.SmallNumbers;
import uk.coproduction.portal.security.ServiceScope;
import uk.coproduction.portal.security.StaffDirectory;
import uk.coproduction.portal.security.StaffIdentity;
import uk.coproduction.portal.services.Team;

import javax.sql.DataSource;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Exports of the filtered evidence to CSV or XLSX (see decision 0015):
 * <ul>
 *     <li><b>Charter scores</b> by a dimension — aggregate figures, suppressed exactly as on screen ("fewer than 5");
 *     for commissioners, board members and administrators.</li>
 *     <li><b>Feedback rows</b> — one row per piece of feedback with its answers and themes and only the moderated,
 *     approved quote (never the person's own words or contact details); never safeguarding-flagged feedback. Only
 *     for commissioners, for the services {@link ServiceScope} gives them (as on screen), and administrators; board
 *     members never.</li>
 * </ul>
 * Rows are streamed from the database to a temporary file, so an export of a million rows needs little memory.
 * Every export is written to the audit log.
 */
@Service
public class EvidenceExports {

    static final int FETCH_SIZE = 1000;
    private static final String SCALE = "'VERY_GOOD', 'GOOD', 'OK', 'BAD', 'VERY_BAD'";

    private final CharterScores charterScores;
    private final CharterService charter;
    private final NamedParameterJdbcTemplate streaming;
    private final StaffDirectory staff;
    private final AuditLog audit;
    private final ServiceScope serviceScope;
    private final Clock clock;

    EvidenceExports(
            CharterScores charterScores,
            CharterService charter,
            DataSource dataSource,
            StaffDirectory staff,
            AuditLog audit,
            ServiceScope serviceScope,
            Clock clock) {
        this.charterScores = charterScores;
        this.charter = charter;
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        jdbc.setFetchSize(FETCH_SIZE);
        this.streaming = new NamedParameterJdbcTemplate(jdbc);
        this.staff = staff;
        this.audit = audit;
        this.serviceScope = serviceScope;
        this.clock = clock;
    }

    /**
     * Charter scores for the filter split by a dimension, one row per key and expectation, with the words
     * {@code fewerThanFive} wherever the screen shows them.
     */
    @PreAuthorize(Access.COMMISSIONER_BOARD_OR_ADMIN)
    @Transactional
    public ExportedFile charterScores(
            EvidenceFilter filter,
            Dimension dimension,
            ExportFormat format,
            String fewerThanFive,
            ExportProgress progress) {
        List<Score> scores = charterScores.scores(filter, dimension);
        Map<Integer, String> titles = expectationTitles();
        String name = "charter-scores-" + dimension.name().toLowerCase().replace('_', '-') + "-" + period(filter);
        ExportedFile file = write(name, format, "Charter scores", scores.size(), progress, table -> {
            table.row(List.of(
                    dimension.name().toLowerCase().replace('_', ' '),
                    "expectation",
                    "expectation title",
                    "answered",
                    "positive",
                    "neutral",
                    "negative",
                    "not sure"));
            long done = 0;
            for (Score score : scores) {
                table.row(List.of(
                        score.key() == null ? "none" : score.key(),
                        score.position(),
                        titles.getOrDefault(score.position(), ""),
                        count(score.answered(), format, fewerThanFive),
                        share(score.share(Tone.POSITIVE), format, fewerThanFive),
                        share(score.share(Tone.NEUTRAL), format, fewerThanFive),
                        share(score.share(Tone.NEGATIVE), format, fewerThanFive),
                        count(score.notSure(), format, fewerThanFive)));
                progress.update(++done, scores.size());
            }
            return done;
        });
        audit.record(
                "EXPORT",
                "CHARTER_SCORES",
                null,
                format + " by " + dimension + " " + describe(filter) + ", " + file.rows() + " rows");
        return file;
    }

    /**
     * One row per piece of feedback the filter finds, for the signed-in commissioner's own team's services (an
     * administrator: all services).
     *
     * @throws AccessDeniedException when a commissioner asks for another team's feedback or has no team
     */
    @PreAuthorize(Access.COMMISSIONER_OR_ADMIN)
    @Transactional
    public ExportedFile feedbackRows(EvidenceFilter filter, ExportFormat format, ExportProgress progress) {
        StaffIdentity me = staff.requireCurrentStaff();
        EvidenceFilter scoped = scopeToTeam(filter, me);
        EvidenceSql evidence = EvidenceSql.where(scoped, clock);
        Map<String, Object> parameters = new HashMap<>(evidence.parameters());
        // Which rows: only feedback about services the commissioner may open on screen (ServiceScope, decision 0009),
        // so the council/NHS boundary holds in the file as on screen. An administrator exports every service.
        EvidenceSql where = me.hasRole(Roles.ADMIN)
                ? evidence
                : new EvidenceSql(evidence.sql() + " AND f.service_id IN (:scopedServices)", parameters);
        parameters.put("scopedServices", ServiceScope.forSql(serviceScope.commissionedBy(me)));
        // COUNT(*) is never null
        long total = Objects.requireNonNull(streaming.queryForObject(
                "SELECT COUNT(*) FROM feedback f WHERE " + where.sql(), parameters, Long.class));
        Map<Integer, String> titles = expectationTitles();
        List<Object> heading = new ArrayList<>(List.of(
                "row",
                "date given",
                "date received",
                "service code",
                "service",
                "area",
                "group",
                "age band",
                "channel",
                "status"));
        titles.forEach((position, title) -> heading.add(position + ". " + title));
        heading.add("themes");
        heading.add("moderated quote");
        String sql = """
                SELECT f.submitted_at, f.received_at, s.code AS service_code, s.name AS service_name,
                    a.name AS area_name, f.respondent_group, f.age_band, f.channel, f.status,
                    (SELECT GROUP_CONCAT(CONCAT(ce.position, '=', r.answer) SEPARATOR ',') FROM feedback_rating r
                        JOIN charter_expectation ce ON ce.id = r.expectation_id WHERE r.feedback_id = f.id) AS answers,
                    (SELECT GROUP_CONCAT(t.name ORDER BY t.name SEPARATOR '; ') FROM feedback_theme ft
                        JOIN theme t ON t.id = ft.theme_id WHERE ft.feedback_id = f.id) AS themes,
                    CASE WHEN f.quote_approved_at IS NOT NULL THEN f.quote_text END AS quote
                FROM feedback f
                LEFT JOIN commissioned_service s ON s.id = f.service_id
                LEFT JOIN area a ON a.id = f.area_id
                WHERE %s
                ORDER BY f.submitted_at, f.id
                """.formatted(where.sql());
        ExportedFile file = write("feedback-" + period(scoped), format, "Feedback", total, progress, table -> {
            table.row(heading);
            long[] done = {0};
            streaming.query(sql, parameters, (RowCallbackHandler) rs -> {
                if (progress.isCancelled()) {
                    throw new ExportCancelledException();
                }
                Map<Integer, String> answers = answers(rs.getString("answers"));
                Timestamp submitted = rs.getTimestamp("submitted_at");
                // Both dates (decision 0039): figures count by the day the voice was given, replies by the day it
                // reached us; a paper form typed up months later shows both. Rows from before V0200 have no receipt.
                Timestamp received = rs.getTimestamp("received_at");
                // A row number, never the reference code: the code opens the person's status page (decision 0017).
                List<Object> row = new ArrayList<>(List.of(
                        done[0] + 1,
                        submitted.toLocalDateTime().toLocalDate().toString(),
                        (received == null ? submitted : received)
                                .toLocalDateTime()
                                .toLocalDate()
                                .toString()));
                row.add(rs.getString("service_code"));
                row.add(rs.getString("service_name"));
                row.add(rs.getString("area_name"));
                row.add(rs.getString("respondent_group"));
                row.add(rs.getString("age_band"));
                row.add(rs.getString("channel"));
                row.add(rs.getString("status"));
                titles.keySet().forEach(position -> row.add(answers.get(position)));
                row.add(rs.getString("themes"));
                row.add(rs.getString("quote"));
                table.row(row);
                progress.update(++done[0], total);
            });
            return done[0];
        });
        audit.record("EXPORT", "FEEDBACK_ROWS", null, format + " " + describe(scoped) + ", " + file.rows() + " rows");
        return file;
    }

    /**
     * A commissioner's export is kept to their team; asking for another team's, or for a service outside their scope
     * (another organisation's single-agency service), is refused.
     */
    private EvidenceFilter scopeToTeam(EvidenceFilter filter, StaffIdentity me) {
        if (me.hasRole(Roles.ADMIN)) {
            return filter;
        }
        Team team = me.team();
        if (team == null || (filter.team() != null && filter.team() != team)) {
            throw new AccessDeniedException("Feedback rows of another team");
        }
        if (filter.service() != null) {
            List<Long> ids = streaming.queryForList(
                    "SELECT id FROM commissioned_service WHERE code = :code",
                    Map.of("code", filter.service()),
                    Long.class);
            if (!ids.isEmpty() && !serviceScope.commissionerCovers(me, ids.getFirst())) {
                throw new AccessDeniedException("Feedback rows of a service outside your scope");
            }
        }
        return filter.withTeam(team);
    }

    private interface Body {
        long write(TableWriter table);
    }

    private ExportedFile write(
            String name, ExportFormat format, String sheetName, long total, ExportProgress progress, Body body) {
        Path path;
        try {
            path = Files.createTempFile("portal-export-", "." + format.extension());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        progress.update(0, total);
        try (OutputStream out = Files.newOutputStream(path);
                TableWriter table = TableWriter.of(format, out, sheetName)) {
            long rows = body.write(table);
            return new ExportedFile(path, name + "." + format.extension(), format, rows);
        } catch (IOException | RuntimeException e) {
            delete(path);
            if (e instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new UncheckedIOException((IOException) e);
        }
    }

    private static void delete(Path path) {
        try {
            Files.deleteIfExists(path);
        } catch (IOException ignored) {
            // a temporary file; the system's clean-up will take it
        }
    }

    private Map<Integer, String> expectationTitles() {
        Map<Integer, String> titles = new TreeMap<>();
        for (Expectation expectation : charter.expectations()) {
            titles.put(expectation.position(), expectation.title());
        }
        return titles;
    }

    private static Map<Integer, String> answers(String packed) {
        Map<Integer, String> answers = new HashMap<>();
        if (packed != null) {
            for (String pair : packed.split(",")) {
                int equals = pair.indexOf('=');
                answers.put(Integer.parseInt(pair.substring(0, equals)), pair.substring(equals + 1));
            }
        }
        return answers;
    }

    private static Object count(SmallNumbers.Count count, ExportFormat format, String fewerThanFive) {
        if (count.shown().isEmpty()) {
            return fewerThanFive;
        }
        long shown = count.shown().getAsLong();
        return format == ExportFormat.XLSX ? (Object) shown : String.valueOf(shown);
    }

    /** A share as on screen ("42%", "fewer than 5", or empty when there is nothing to share); in XLSX a fraction. */
    private static @Nullable Object share(SmallNumbers.Share share, ExportFormat format, String fewerThanFive) {
        if (share.whole() == 0) {
            return null;
        }
        if (share.shown().isEmpty()) {
            return fewerThanFive;
        }
        return format == ExportFormat.XLSX
                ? (Object) (Math.round(100.0 * share.shown().getAsDouble()) / 100.0)
                : share.formatPercent(fewerThanFive, "");
    }

    private String period(EvidenceFilter filter) {
        return filter.firstQuarter(clock) + "-to-" + filter.lastQuarter(clock);
    }

    private String describe(EvidenceFilter filter) {
        return "filter " + filter.toQuery() + " quarters " + filter.firstQuarter(clock) + " to "
                + filter.lastQuarter(clock);
    }
}
