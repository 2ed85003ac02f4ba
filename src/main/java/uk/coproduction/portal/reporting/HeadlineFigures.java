package uk.coproduction.portal.reporting;

import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.coproduction.portal.base.Channel;
import uk.coproduction.portal.base.security.Access;
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
@PreAuthorize(Access.COMMISSIONER_BOARD_OR_ADMIN)
public class HeadlineFigures {

    /*
     * Each item carries its first sent reply (drafts awaiting approval do not count) and whether its loop is closed
     * (V0023, kept by triggers), read from the covering index ix_feedback_counted_facts (V0270): no reply or plan link is
     * looked at (docs/decisions/0012).
     *
     * A scope is one or more parts, each "a group expression, and FROM ... WHERE ... on feedback f", listing an item once
     * per group it counts in. An item counts for its main service and for each further service (feedback_service)
     * other than the main one. Each part is grouped on its own (streamed along the index), and the few grouped rows
     * added up: UNION ALL of grouped rows, never a temporary table of a million items.
     */
    private record Part(String group, String fromWhere) {}

    private static final String PART_COUNTS = """
            SELECT %1$s AS grp, COUNT(*) AS items, COUNT(f.first_reply_at) AS replied, SUM(f.loop_closed) AS closed,
                SUM(CASE WHEN f.first_reply_at IS NULL AND f.reply_by < :today THEN 1 ELSE 0 END)
                    AS overdue
            %2$s
            GROUP BY %1$s
            """;

    /** Items per group and whole days to the first reply, for the medians. */
    private static final String PART_DAYS = """
            SELECT %1$s AS grp, DATEDIFF(f.first_reply_at, f.received_at) AS days, COUNT(*) AS items
            %2$s AND f.first_reply_at IS NOT NULL
            GROUP BY %1$s, days
            """;

    /** Counted feedback (decision 0046's rule, written once in {@link Voices}). */
    private static final String COUNTED = Voices.feedback("f").counted().sql();

    private static final List<Part> BY_SERVICE = List.of(
            new Part("f.service_id", "FROM feedback f WHERE " + COUNTED + " AND f.service_id IN (:groups)"),
            new Part(
                    "fs.service_id",
                    "FROM feedback_service fs JOIN feedback f ON f.id = fs.feedback_id WHERE " + COUNTED
                            + " AND fs.service_id IN (:groups) AND NOT (f.service_id <=> fs.service_id)"));

    /** One service's feedback (main or further service), grouped by how it reached us. */
    private static final List<Part> BY_CHANNEL_OF_SERVICE = List.of(
            new Part(
                    "f.channel",
                    "FROM feedback f WHERE " + COUNTED + " AND f.service_id = :service "
                            + "AND f.channel IN (:groups)"),
            new Part(
                    "f.channel",
                    "FROM feedback_service fs JOIN feedback f ON f.id = fs.feedback_id WHERE "
                            + COUNTED + " AND fs.service_id = :service AND f.channel IN (:groups)"
                            + " AND NOT (f.service_id <=> fs.service_id)"));

    private static final List<Part> BY_OWNER =
            List.of(new Part("f.owner", "FROM feedback f WHERE " + COUNTED + " AND f.owner IN (:groups)"));

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
        compute(BY_SERVICE, serviceIds, Map.of())
                .forEach((group, figures) -> result.put(((Number) group).longValue(), figures));
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
        compute(
                        BY_CHANNEL_OF_SERVICE,
                        Stream.of(Channel.values()).map(Channel::name).toList(),
                        Map.of("service", serviceId))
                .forEach((channel, figures) -> result.put(Channel.valueOf((String) channel), figures));
        return result;
    }

    /** The signed-in commissioner's figures: the feedback they own. */
    @PreAuthorize(Access.COMMISSIONER)
    @Transactional(readOnly = true)
    public Figures forMe() {
        return forOwner(staff.requireCurrentStaff().username());
    }

    /** Figures for the feedback a commissioner owns ({@code feedback.owner}). */
    Figures forOwner(String username) {
        return compute(BY_OWNER, List.of(username), Map.of()).getOrDefault(username, Figures.NONE);
    }

    private Map<Object, Figures> compute(List<Part> scope, Collection<?> groups, Map<String, ?> parameters) {
        LocalDate today = LocalDate.now(clock);
        String counts = "SELECT x.grp, SUM(x.items), SUM(x.replied), SUM(x.closed), SUM(x.overdue) FROM ("
                + union(scope, PART_COUNTS) + ") x GROUP BY x.grp";
        Map<Object, long[]> counted = new HashMap<>();
        jdbc.sql(counts)
                .params(parameters)
                .param("groups", groups)
                .param("today", today)
                .query((RowCallbackHandler) rs -> counted.put(
                        rs.getObject(1), new long[] {rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getLong(5)}));
        String days = "SELECT x.grp, x.days, SUM(x.items) FROM (" + union(scope, PART_DAYS)
                + ") x GROUP BY x.grp, x.days ORDER BY x.grp, x.days";
        Map<Object, List<long[]>> histograms = new HashMap<>();
        jdbc.sql(days).params(parameters).param("groups", groups).query((RowCallbackHandler) rs -> histograms
                .computeIfAbsent(rs.getObject(1), g -> new ArrayList<>())
                .add(new long[] {rs.getLong(2), rs.getLong(3)}));
        Map<Object, Double> medians = new HashMap<>();
        histograms.forEach((group, histogram) -> {
            OptionalDouble median = Figures.median(histogram);
            medians.put(group, median.isPresent() ? median.getAsDouble() : null);
        });
        Map<Object, Figures> result = new HashMap<>();
        counted.forEach((group, c) -> result.put(group, new Figures(c[0], c[1], medians.get(group), c[2], c[3])));
        return result;
    }

    private static String union(List<Part> scope, String template) {
        return String.join(
                " UNION ALL ",
                scope.stream()
                        .map(part -> "(" + template.formatted(part.group(), part.fromWhere()) + ")")
                        .toList());
    }
}
