package uk.coproduction.portal.reporting;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.coproduction.portal.base.RespondentGroup;
import uk.coproduction.portal.base.calendar.Quarter;
import uk.coproduction.portal.base.security.Access;
import uk.coproduction.portal.services.CycleStage;
import uk.coproduction.portal.services.Team;

import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Services approaching re-commissioning — the contract ends within 18 months of today, or the service is at the
 * "analyse" or "plan" stage of the commissioning cycle — with how much evidence each has from the last 8 quarters,
 * and a flag in words when it is too little (the rule is in decision 0015):
 * <ul>
 *     <li>fewer than {@value #ENOUGH_FEEDBACK} pieces of feedback as published (rounded to the nearest 5 by
 *     {@link SmallNumbers}: 28 is shown as 30 and is enough, 27 is shown as 25 and is too little), or</li>
 *     <li>no coproduction activity held about it, or</li>
 *     <li>a group the service is for not heard from at all (children's services: children or young people, and
 *     parents or carers; LD&amp;A services: adults with a learning disability or autistic adults).</li>
 * </ul>
 * Safeguarding-flagged feedback and frontline workers' views never count (the shared evidence condition).
 */
@Service
@PreAuthorize(Access.COMMISSIONER_BOARD_OR_ADMIN)
public class RecommissioningEvidence {

    public static final int ENOUGH_FEEDBACK = 30;
    public static final int MONTHS_AHEAD = 18;

    private final JdbcClient jdbc;
    private final Clock clock;
    private final FigureScope scope;

    RecommissioningEvidence(JdbcClient jdbc, Clock clock, FigureScope scope) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.scope = scope;
    }

    /** The teams the page's picker offers: those whose figures the signed-in person may see (decision 0022). */
    public List<Team> teamChoices() {
        return scope.teams();
    }

    /** The groups a team's services are for: each must be heard from. */
    public static Set<RespondentGroup> groupsToHear(Team team) {
        return team == Team.LDA
                ? EnumSet.of(RespondentGroup.LDA_ADULT)
                : EnumSet.of(RespondentGroup.YOUNG_PERSON, RespondentGroup.PARENT_CARER);
    }

    /** Services due for re-commissioning (of one team, or all when null), soonest contract end first. */
    @Transactional(readOnly = true)
    public List<ServiceEvidence> services(Team asked) {
        // A commissioner's list is always their own team's (decision 0022), whatever the link asked for.
        Team team = scope.narrow(asked);
        LocalDate today = LocalDate.now(clock);
        LocalDate horizon = today.plusMonths(MONTHS_AHEAD);
        Quarter last = Quarter.of(today);
        LocalDate from =
                last.lastQuarters(EvidenceFilter.TREND_QUARTERS).getFirst().start();
        LocalDate until = last.endExclusive();

        record Due(
                long id,
                String code,
                String name,
                Team team,
                String clientGroup,
                CycleStage stage,
                @Nullable LocalDate end) {}
        List<Due> due = jdbc.sql("""
                SELECT id, code, name, team, client_group, cycle_stage, contract_end FROM commissioned_service
                WHERE active = TRUE AND (:team IS NULL OR team = :team)
                    AND (contract_end <= :horizon OR cycle_stage IN ('ANALYSE', 'PLAN'))
                ORDER BY contract_end IS NULL, contract_end, name
                """)
                .param("team", team == null ? null : team.name())
                .param("horizon", Date.valueOf(horizon))
                .query((rs, n) -> {
                    Date end = rs.getDate("contract_end");
                    return new Due(
                            rs.getLong("id"),
                            rs.getString("code"),
                            rs.getString("name"),
                            Team.valueOf(rs.getString("team")),
                            rs.getString("client_group"),
                            CycleStage.valueOf(rs.getString("cycle_stage")),
                            end == null ? null : end.toLocalDate());
                })
                .list();
        if (due.isEmpty()) {
            return List.of();
        }
        List<Long> ids = due.stream().map(Due::id).toList();

        Map<Long, Long> feedback = new HashMap<>();
        Map<Long, Set<RespondentGroup>> heard = new HashMap<>();
        EvidenceSql where = EvidenceSql.where(EvidenceFilter.ALL, from, until);
        jdbc.sql("""
                SELECT f.service_id, f.respondent_group, COUNT(*) FROM feedback f
                WHERE %s AND f.service_id IN (:dueServices)
                GROUP BY f.service_id, f.respondent_group
                """.formatted(where.sql()))
                .params(where.parameters())
                .param("dueServices", ids)
                .query((RowCallbackHandler) rs -> {
                    feedback.merge(rs.getLong(1), rs.getLong(3), Long::sum);
                    heard.computeIfAbsent(rs.getLong(1), k -> EnumSet.noneOf(RespondentGroup.class))
                            .add(RespondentGroup.valueOf(rs.getString(2)));
                });

        Map<Long, Long> activities = new HashMap<>();
        jdbc.sql("""
                SELECT s.service_id, COUNT(DISTINCT a.id) FROM activity_service s JOIN activity a ON a.id = s.activity_id
                WHERE s.service_id IN (:dueServices) AND a.held_on >= :from AND a.held_on < :until
                GROUP BY s.service_id
                """)
                .param("dueServices", ids)
                .param("from", Date.valueOf(from))
                .param("until", Date.valueOf(until))
                .query((RowCallbackHandler) rs -> activities.put(rs.getLong(1), rs.getLong(2)));
        jdbc.sql("""
                SELECT DISTINCT s.service_id, p.respondent_group FROM activity_service s
                JOIN activity a ON a.id = s.activity_id JOIN activity_participants p ON p.activity_id = a.id
                WHERE s.service_id IN (:dueServices) AND a.held_on >= :from AND a.held_on < :until AND p.people > 0
                    AND p.respondent_group <> 'FRONTLINE_WORKER'
                """)
                .param("dueServices", ids)
                .param("from", Date.valueOf(from))
                .param("until", Date.valueOf(until))
                .query((RowCallbackHandler) rs -> {
                    long service = rs.getLong(1);
                    groupOf(rs.getString(2))
                            .ifPresent(
                                    group -> heard.computeIfAbsent(service, k -> EnumSet.noneOf(RespondentGroup.class))
                                            .add(group));
                });

        Map<Long, Long> actions = new HashMap<>();
        jdbc.sql("""
                SELECT f.service_id, COUNT(DISTINCT l.action_id) FROM feedback f
                JOIN feedback_plan_action l ON l.feedback_id = f.id
                WHERE %s AND f.service_id IN (:dueServices)
                GROUP BY f.service_id
                """.formatted(where.sql()))
                .params(where.parameters())
                .param("dueServices", ids)
                .query((RowCallbackHandler) rs -> actions.put(rs.getLong(1), rs.getLong(2)));
        Map<Long, Long> changes = new HashMap<>();
        jdbc.sql("""
                SELECT service_id, COUNT(*) FROM plan_change
                WHERE service_id IN (:dueServices) AND changed_on >= :from AND changed_on < :until
                GROUP BY service_id
                """)
                .param("dueServices", ids)
                .param("from", Date.valueOf(from))
                .param("until", Date.valueOf(until))
                .query((RowCallbackHandler) rs -> changes.put(rs.getLong(1), rs.getLong(2)));

        List<ServiceEvidence> result = new ArrayList<>();
        for (Due service : due) {
            long items = feedback.getOrDefault(service.id(), 0L);
            long held = activities.getOrDefault(service.id(), 0L);
            Set<RespondentGroup> groups = heard.getOrDefault(service.id(), EnumSet.noneOf(RespondentGroup.class));
            List<Shortfall> shortfalls = new ArrayList<>();
            SmallNumbers.Count published = SmallNumbers.count(items);
            // Decided on the figure the page prints, so "fewer than 30" is never shown beside a "30".
            if (published.shown().orElse(0) < ENOUGH_FEEDBACK) {
                shortfalls.add(new Shortfall(Shortfall.Kind.TOO_LITTLE_FEEDBACK, null));
            }
            if (held == 0) {
                shortfalls.add(new Shortfall(Shortfall.Kind.NO_COPRODUCTION_ACTIVITY, null));
            }
            for (RespondentGroup group : groupsToHear(service.team())) {
                if (!groups.contains(group)) {
                    shortfalls.add(new Shortfall(Shortfall.Kind.GROUP_NOT_HEARD, group));
                }
            }
            boolean endsSoon = service.end() != null && !service.end().isAfter(horizon);
            result.add(new ServiceEvidence(
                    service.code(),
                    service.name(),
                    service.team(),
                    service.clientGroup(),
                    service.stage(),
                    service.end(),
                    endsSoon,
                    published,
                    groups,
                    SmallNumbers.count(held),
                    SmallNumbers.count(actions.getOrDefault(service.id(), 0L)),
                    SmallNumbers.count(changes.getOrDefault(service.id(), 0L)),
                    List.copyOf(shortfalls)));
        }
        return result;
    }

    private static Optional<RespondentGroup> groupOf(String name) {
        try {
            return Optional.of(RespondentGroup.valueOf(name));
        } catch (IllegalArgumentException unknown) {
            return Optional.empty();
        }
    }
}
