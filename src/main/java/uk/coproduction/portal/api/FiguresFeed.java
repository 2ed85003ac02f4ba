package uk.coproduction.portal.api;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.coproduction.portal.base.calendar.Quarter;
import uk.coproduction.portal.base.security.Access;
import uk.coproduction.portal.reporting.CharterScores;
import uk.coproduction.portal.reporting.CharterScores.Dimension;
import uk.coproduction.portal.reporting.CharterScores.Score;
import uk.coproduction.portal.reporting.CharterScores.Tone;
import uk.coproduction.portal.reporting.EvidenceFilter;
import uk.coproduction.portal.reporting.FigureScope;
import uk.coproduction.portal.reporting.SmallNumbers;
import uk.coproduction.portal.services.FiguresReach;
import uk.coproduction.portal.services.Team;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import java.util.OptionalLong;

/**
 * Aggregate charter figures for the council's and the NHS's own reporting tools: per service, quarter and
 * expectation, counted by {@link CharterScores} and suppressed by {@link SmallNumbers} like every screen.
 * Never a row of feedback, never words.
 */
@Service
@PreAuthorize(Access.COMMISSIONER_BOARD_OR_ADMIN)
public class FiguresFeed {

    public static final String FEWER_THAN_5 = "fewer than 5";
    public static final String SUPPRESSION = "Counts of 1 to 4 are null with \"suppressed\": true and \"note\": "
            + "\"fewer than 5\"; every other count is rounded to the nearest 5, and percentages are computed from the "
            + "rounded counts, so no sum or difference of figures gives away a hidden count.";

    private final CharterScores scores;
    private final FigureScope scope;
    private final JdbcClient jdbc;
    private final Clock clock;

    FiguresFeed(CharterScores scores, FigureScope scope, JdbcClient jdbc, Clock clock) {
        this.scores = scores;
        this.scope = scope;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /**
     * The figures for one service or all (null), one quarter or the last 8 (null), one expectation or all six (null).
     *
     * @throws IllegalArgumentException when the service is unknown or the expectation is not 1 to 6
     */
    @Transactional(readOnly = true)
    public Figures figures(@Nullable String service, @Nullable Quarter quarter, @Nullable Integer expectation) {
        if (expectation != null && (expectation < 1 || expectation > 6)) {
            throw new IllegalArgumentException("expectation must be 1 to 6");
        }
        // Decision 0022: a commissioner's figures are their own team's services, of both organisations; a service
        // out of reach is answered like an unknown one.
        FiguresReach reach = scope.reach();
        if (service != null
                && jdbc.sql("SELECT team FROM commissioned_service WHERE code = :code")
                        .param("code", service)
                        .query(String.class)
                        .optional()
                        .filter(team -> reach.covers(Team.valueOf(team)))
                        .isEmpty()) {
            throw new IllegalArgumentException("no service with code " + service);
        }
        EvidenceFilter filter = scope.narrow(EvidenceFilter.ALL.withService(service));
        Quarter last = quarter != null ? quarter : filter.lastQuarter(clock);
        List<Quarter> quarters = quarter != null ? List.of(quarter) : last.lastQuarters(EvidenceFilter.TREND_QUARTERS);
        List<FigureRow> rows = new ArrayList<>();
        for (Quarter q : quarters) {
            for (Score score : scores.scores(filter.withQuarters(q, q), Dimension.SERVICE)) {
                if (expectation == null || score.position() == expectation) {
                    rows.add(row(score, q));
                }
            }
        }
        return new Figures(quarters.getFirst().toString(), quarters.getLast().toString(), SUPPRESSION, rows);
    }

    /** The active services whose figures the caller may see, by code. */
    @Transactional(readOnly = true)
    public List<ServiceRow> services() {
        FiguresReach reach = scope.reach();
        return jdbc
                .sql("SELECT code, name, team FROM commissioned_service WHERE active = TRUE ORDER BY code")
                .query((rs, n) -> new ServiceRow(rs.getString(1), rs.getString(2), rs.getString(3)))
                .list()
                .stream()
                .filter(row -> reach.covers(Team.valueOf(row.team())))
                .toList();
    }

    private static FigureRow row(Score score, Quarter quarter) {
        Long answered = value(score.answered().shown());
        Long positive = percent(score.share(Tone.POSITIVE));
        Long neutral = percent(score.share(Tone.NEUTRAL));
        Long negative = percent(score.share(Tone.NEGATIVE));
        boolean suppressed = answered == null || positive == null || neutral == null || negative == null;
        return new FigureRow(
                score.key(),
                quarter.toString(),
                score.position(),
                answered,
                positive,
                neutral,
                negative,
                suppressed,
                suppressed ? FEWER_THAN_5 : null);
    }

    private static @Nullable Long value(OptionalLong shown) {
        return shown.isPresent() ? shown.getAsLong() : null;
    }

    private static @Nullable Long percent(SmallNumbers.Share share) {
        OptionalDouble shown = share.shown();
        return shown.isPresent() ? Math.round(100 * shown.getAsDouble()) : null;
    }
}
