package uk.coproduction.portal.evidence;

import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.coproduction.portal.feedback.Channel;
import uk.coproduction.portal.security.Roles;
import uk.coproduction.portal.security.StaffDirectory;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.stream.Stream;

/**
 * Headline figures per service and per commissioner: reply rate, median days to the first reply, loop-closure rate and
 * overdue items. Counted by the database (aggregates, never every row), always without safeguarding-flagged feedback.
 * A service's feedback is the feedback whose main service it is, and feedback linked to it as a further service.
 * "Today" comes from the portal's clock.
 */
@Service
@PreAuthorize("hasAnyRole('" + Roles.COMMISSIONER + "','" + Roles.BOARD + "','" + Roles.ADMIN + "')")
public class HeadlineFigures {

    /*
     * Each item carries its first sent reply (drafts awaiting approval do not count) and whether its loop is closed
     * (V0023, kept by triggers), read from the covering index ix_feedback_service_facts: no reply or plan link is
     * looked at (docs/decisions/0012).
     */
    private static final String COUNTS = """
            SELECT s.grp, COUNT(*), COUNT(s.first_reply_at), SUM(s.loop_closed),
                SUM(CASE WHEN s.first_reply_at IS NULL AND s.reply_by < :today AND s.status <> 'CLOSED' THEN 1 ELSE 0 END)
            FROM scoped s
            GROUP BY s.grp
            """;

    /** Items per group and whole days to the first reply, for the medians. */
    private static final String DAYS = """
            SELECT s.grp, DATEDIFF(s.first_reply_at, s.submitted_at) AS days, COUNT(*)
            FROM scoped s WHERE s.first_reply_at IS NOT NULL
            GROUP BY s.grp, days ORDER BY s.grp, days
            """;

    /*
     * Each scope lists an item once per group it counts in, with what the figures need of it. An item counts for its
     * main service and for each further service (feedback_service) other than the main one: UNION ALL, no de-duplication
     * of a million rows.
     */
    private static final String BY_SERVICE = """
            WITH scoped AS (
                SELECT f.id AS feedback_id, f.service_id AS grp, f.reply_by, f.status, f.submitted_at,
                    f.first_reply_at, f.loop_closed FROM feedback f
                WHERE f.safeguarding_flag = FALSE AND f.service_id IN (:groups)
                UNION ALL
                SELECT f.id, fs.service_id, f.reply_by, f.status, f.submitted_at, f.first_reply_at, f.loop_closed
                FROM feedback_service fs JOIN feedback f ON f.id = fs.feedback_id
                WHERE f.safeguarding_flag = FALSE AND fs.service_id IN (:groups) AND NOT (f.service_id <=> fs.service_id))
            """;

    /** One service's feedback (main or further service), grouped by how it reached us. */
    private static final String BY_CHANNEL_OF_SERVICE = """
            WITH scoped AS (
                SELECT f.id AS feedback_id, f.channel AS grp, f.reply_by, f.status, f.submitted_at,
                    f.first_reply_at, f.loop_closed FROM feedback f
                WHERE f.safeguarding_flag = FALSE AND f.service_id = :service AND f.channel IN (:groups)
                UNION ALL
                SELECT f.id, f.channel, f.reply_by, f.status, f.submitted_at, f.first_reply_at, f.loop_closed
                FROM feedback_service fs JOIN feedback f ON f.id = fs.feedback_id
                WHERE f.safeguarding_flag = FALSE AND fs.service_id = :service AND f.channel IN (:groups)
                    AND NOT (f.service_id <=> fs.service_id))
            """;

    private static final String BY_OWNER = """
            WITH scoped AS (
                SELECT f.id AS feedback_id, f.owner AS grp, f.reply_by, f.status, f.submitted_at,
                    f.first_reply_at, f.loop_closed FROM feedback f
                WHERE f.safeguarding_flag = FALSE AND f.owner IN (:groups))
            """;

    private final JdbcClient jdbc;
    private final StaffDirectory staff;
    private final Clock clock;

    HeadlineFigures(JdbcClient jdbc, StaffDirectory staff, Clock clock) {
        this.jdbc = jdbc;
        this.staff = staff;
        this.clock = clock;
    }

    /** Figures for each of these services (services without feedback get {@link Figures#NONE}). */
    @Transactional(readOnly = true)
    public Map<Long, Figures> forServices(Collection<Long> serviceIds) {
        Map<Long, Figures> result = new HashMap<>();
        if (serviceIds.isEmpty()) {
            return result;
        }
        compute(BY_SERVICE, serviceIds, Map.of()).forEach((group, figures) -> result.put(((Number) group).longValue(), figures));
        serviceIds.forEach(id -> result.putIfAbsent(id, Figures.NONE));
        return result;
    }

    @Transactional(readOnly = true)
    public Figures forService(long serviceId) {
        return forServices(List.of(serviceId)).get(serviceId);
    }

    /**
     * A service's figures split by how the feedback reached us (the person online, an advocate, an event, paper...),
     * so that proxy evidence is never silently mixed with first-hand evidence. Only channels with feedback are
     * present, in the order of {@link Channel}.
     */
    @Transactional(readOnly = true)
    public Map<Channel, Figures> forServiceByChannel(long serviceId) {
        Map<Channel, Figures> result = new EnumMap<>(Channel.class);
        compute(BY_CHANNEL_OF_SERVICE, Stream.of(Channel.values()).map(Channel::name).toList(), Map.of("service", serviceId))
                .forEach((channel, figures) -> result.put(Channel.valueOf((String) channel), figures));
        return result;
    }

    /** The signed-in commissioner's figures: the feedback they own. */
    @PreAuthorize("hasRole('" + Roles.COMMISSIONER + "')")
    @Transactional(readOnly = true)
    public Figures forMe() {
        return forOwner(staff.requireCurrentStaff().username());
    }

    /** Figures for the feedback a commissioner owns ({@code feedback.owner}). */
    Figures forOwner(String username) {
        return compute(BY_OWNER, List.of(username), Map.of()).getOrDefault(username, Figures.NONE);
    }

    private Map<Object, Figures> compute(String scoped, Collection<?> groups, Map<String, ?> parameters) {
        LocalDate today = LocalDate.now(clock);
        Map<Object, long[]> counts = new HashMap<>();
        jdbc.sql(scoped + COUNTS).params(parameters).param("groups", groups).param("today", today)
                .query((RowCallbackHandler) rs -> counts.put(rs.getObject(1),
                        new long[] {rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getLong(5)}));
        Map<Object, List<long[]>> days = new HashMap<>();
        jdbc.sql(scoped + DAYS).params(parameters).param("groups", groups)
                .query((RowCallbackHandler) rs -> days.computeIfAbsent(rs.getObject(1), g -> new ArrayList<>())
                        .add(new long[] {rs.getLong(2), rs.getLong(3)}));
        Map<Object, Double> medians = new HashMap<>();
        days.forEach((group, histogram) -> {
            OptionalDouble median = Figures.median(histogram);
            medians.put(group, median.isPresent() ? median.getAsDouble() : null);
        });
        Map<Object, Figures> result = new HashMap<>();
        counts.forEach((group, c) -> result.put(group, new Figures(c[0], c[1], medians.get(group), c[2], c[3])));
        return result;
    }
}
