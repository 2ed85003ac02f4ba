package uk.coproduction.portal.outcomes;

import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.coproduction.portal.audit.AuditLog;
import uk.coproduction.portal.base.InvalidInputException;
import uk.coproduction.portal.base.InvalidInputException.Problem;
import uk.coproduction.portal.base.TextInput;
import uk.coproduction.portal.base.security.Access;
import uk.coproduction.portal.security.StaffDirectory;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The Children and Young People's Outcomes Framework indicators and the LD&amp;A SMART objectives: read by everyone
 * who sees dashboards, and kept up to date by administrators (target and the services each is about). The latest
 * value is the newest standing value of the indicator's history ({@link OutcomeHistories}). Every change is written
 * to the audit log.
 */
@Service
public class OutcomeIndicators {

    static final int PERIOD_LENGTH = 60;
    static final int UNIT_LENGTH = 40;
    static final int SOURCE_LENGTH = 500;
    /** DECIMAL(12, 2): ten digits before the point. */
    static final BigDecimal LARGEST = new BigDecimal("9999999999.99");

    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final StaffDirectory staff;
    private final Clock clock;
    private final OutcomeValueLog values;

    OutcomeIndicators(JdbcClient jdbc, AuditLog audit, StaffDirectory staff, Clock clock, OutcomeValueLog values) {
        this.values = values;
        this.jdbc = jdbc;
        this.audit = audit;
        this.staff = staff;
        this.clock = clock;
    }

    /** Every indicator: the children's framework in outcome order, then the LD&amp;A objectives by outcome area. */
    @PreAuthorize(Access.COMMISSIONER_BOARD_OR_ADMIN)
    @Transactional(readOnly = true)
    public List<Indicator> all() {
        List<Indicator> result = new ArrayList<>();
        result.addAll(read(IndicatorKind.CYP_INDICATOR, """
                SELECT i.id, i.code, CONCAT(o.position, '. ', o.title) AS heading, i.title, i.target_value, i.target_unit,
                    i.direction, v.value AS latest_value, v.period_label AS latest_period, v.as_of AS latest_as_of,
                    v.source_note
                FROM outcome_indicator i JOIN cyp_outcome o ON o.id = i.outcome_id
                LEFT JOIN outcome_value v ON v.id = (SELECT s.id FROM outcome_value s WHERE s.indicator_id = i.id
                    AND NOT EXISTS (SELECT 1 FROM outcome_value c WHERE c.corrects_id = s.id)
                    ORDER BY s.as_of DESC, s.id DESC LIMIT 1)
                ORDER BY o.position, i.code
                """));
        result.addAll(read(IndicatorKind.LDA_OBJECTIVE, """
                SELECT i.id, i.code, i.outcome_area AS heading, i.title, i.target_value, i.target_unit,
                    i.direction, v.value AS latest_value, v.period_label AS latest_period, v.as_of AS latest_as_of,
                    v.source_note
                FROM objective i
                LEFT JOIN outcome_value v ON v.id = (SELECT s.id FROM outcome_value s WHERE s.objective_id = i.id
                    AND NOT EXISTS (SELECT 1 FROM outcome_value c WHERE c.corrects_id = s.id)
                    ORDER BY s.as_of DESC, s.id DESC LIMIT 1)
                WHERE i.team = 'LDA'
                ORDER BY i.outcome_area, i.code
                """));
        return result;
    }

    @PreAuthorize(Access.COMMISSIONER_BOARD_OR_ADMIN)
    @Transactional(readOnly = true)
    public Indicator get(IndicatorKind kind, long id) {
        return all().stream()
                .filter(i -> i.kind() == kind && i.id() == id)
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No such " + kind + ": " + id));
    }

    /** The services an indicator can be linked to, by name. */
    @PreAuthorize(Access.ADMIN)
    @Transactional(readOnly = true)
    public List<LinkedService> serviceChoices() {
        return jdbc.sql("SELECT id, code, name FROM commissioned_service WHERE active = TRUE ORDER BY name")
                .query((rs, n) -> new LinkedService(rs.getLong(1), rs.getString(2), rs.getString(3)))
                .list();
    }

    /** The plan domains an indicator can inform, plan by plan. */
    @PreAuthorize(Access.ADMIN)
    @Transactional(readOnly = true)
    public List<PlanDomainChoice> planDomainChoices() {
        return jdbc.sql("""
                        SELECT d.id, CONCAT(p.short_name, ' \u2014 ', d.code, ' ', d.title) FROM plan_domain d
                        JOIN plan p ON p.id = d.plan_id ORDER BY p.short_name, d.code""")
                .query((rs, n) -> new PlanDomainChoice(rs.getLong(1), rs.getString(2)))
                .list();
    }

    /** The ids of the plan domains an indicator informs. */
    @PreAuthorize(Access.COMMISSIONER_BOARD_OR_ADMIN)
    @Transactional(readOnly = true)
    public Set<Long> planDomains(IndicatorKind kind, long id) {
        return Set.copyOf(
                jdbc.sql("SELECT plan_domain_id FROM %s WHERE %s = :id".formatted(kind.domainTable, kind.serviceColumn))
                        .param("id", id)
                        .query(Long.class)
                        .list());
    }

    /** Sets the plan domains an indicator informs (its trend is shown on those domains' plan pages). */
    @PreAuthorize(Access.ADMIN)
    @Transactional
    public void linkPlanDomains(IndicatorKind kind, long id, Set<Long> domainIds) {
        Indicator indicator = get(kind, id);
        Set<Long> ids = domainIds == null ? Set.of() : Set.copyOf(domainIds);
        if (!ids.isEmpty()
                && jdbc.sql("SELECT COUNT(*) FROM plan_domain WHERE id IN (:ids)")
                                .param("ids", ids)
                                .query(Long.class)
                                .single()
                        != ids.size()) {
            throw InvalidInputException.of("planDomains", "outcomes.edit.error.plan-domain-unknown");
        }
        Set<Long> before = planDomains(kind, id);
        if (before.equals(ids)) {
            return;
        }
        jdbc.sql("DELETE FROM %s WHERE %s = :id".formatted(kind.domainTable, kind.serviceColumn))
                .param("id", id)
                .update();
        for (Long domain : ids) {
            jdbc.sql("INSERT INTO %s (%s, plan_domain_id) VALUES (:id, :domain)"
                            .formatted(kind.domainTable, kind.serviceColumn))
                    .param("id", id)
                    .param("domain", domain)
                    .update();
        }
        audit.record(
                "UPDATE",
                kind.auditType,
                indicator.code(),
                "plan domains " + before.stream().sorted().toList() + " -> "
                        + ids.stream().sorted().toList());
    }

    /**
     * Saves an administrator's figures for one indicator or objective, after checking them all (every problem is
     * reported at once, by field).
     */
    @PreAuthorize(Access.ADMIN)
    @Transactional
    public Indicator update(IndicatorKind kind, long id, IndicatorUpdate update) {
        Indicator before = get(kind, id);
        List<Problem> problems = new ArrayList<>();
        BigDecimal target = number(update.target(), "target", problems);
        BigDecimal latest = number(update.latest(), "latest", problems);
        String unit = TextInput.clean(update.unit());
        if (unit != null && unit.length() > UNIT_LENGTH) {
            problems.add(new Problem("unit", "outcomes.edit.error.unit-too-long"));
        }
        if (target != null && unit == null) {
            problems.add(new Problem("unit", "outcomes.edit.error.unit-required"));
        }
        String period = TextInput.clean(update.latestPeriod());
        String source = TextInput.clean(update.sourceNote());
        LocalDate asOf = update.latestAsOf();
        if (period != null && period.length() > PERIOD_LENGTH) {
            problems.add(new Problem("period", "outcomes.edit.error.period-too-long"));
        }
        if (source != null && source.length() > SOURCE_LENGTH) {
            problems.add(new Problem("source", "outcomes.edit.error.source-too-long"));
        }
        if (asOf != null && asOf.isAfter(LocalDate.now(clock))) {
            problems.add(new Problem("asOf", "outcomes.edit.error.date-in-future"));
        }
        if (update.latest() != null) {
            if (period == null) {
                problems.add(new Problem("period", "outcomes.edit.error.period-required"));
            }
            if (asOf == null) {
                problems.add(new Problem("asOf", "outcomes.edit.error.date-required"));
            }
            if (source == null) {
                problems.add(new Problem("source", "outcomes.edit.error.source-required"));
            }
        } else if (period != null || asOf != null) {
            problems.add(new Problem("latest", "outcomes.edit.error.latest-required"));
        }
        Set<Long> serviceIds = update.serviceIds() == null ? Set.of() : update.serviceIds();
        if (!serviceIds.isEmpty()) {
            long known = jdbc.sql("SELECT COUNT(*) FROM commissioned_service WHERE id IN (:ids)")
                    .param("ids", serviceIds)
                    .query(Long.class)
                    .single();
            if (known != serviceIds.size()) {
                problems.add(new Problem("services", "outcomes.edit.error.service-unknown"));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        Direction direction = update.direction() == null ? Direction.AT_LEAST : update.direction();
        String by = staff.requireCurrentStaff().username();
        jdbc.sql("""
                UPDATE %s SET target_value = :target, target_unit = :unit, direction = :direction,
                    updated_by = :by, updated_at = :at
                WHERE id = :id
                """.formatted(kind.table))
                .param("target", target)
                .param("unit", unit)
                .param("direction", direction.name())
                .param("by", by)
                .param("at", Timestamp.from(clock.instant()))
                .param("id", id)
                .update();
        if (latest != null) {
            // A latest value is a dated value like any other: added to the history, never written over (decision 0037).
            values.add(kind, id, new NewValue(latest, asOf, period, source), ValueSource.HAND, by, clock.instant());
        }
        jdbc.sql("DELETE FROM %s WHERE %s = :id".formatted(kind.serviceTable, kind.serviceColumn))
                .param("id", id)
                .update();
        for (Long serviceId : serviceIds) {
            jdbc.sql("INSERT INTO %s (%s, service_id) VALUES (:id, :service)"
                            .formatted(kind.serviceTable, kind.serviceColumn))
                    .param("id", id)
                    .param("service", serviceId)
                    .update();
        }
        Indicator after = get(kind, id);
        audit.record("UPDATE", kind.auditType, before.code(), describe(before) + " -> " + describe(after));
        return after;
    }

    private static String describe(Indicator indicator) {
        return "target " + plain(indicator.target()) + " " + (indicator.unit() == null ? "" : indicator.unit())
                + " (" + indicator.direction() + "), latest " + plain(indicator.latest()) + " for "
                + indicator.latestPeriod() + " as of " + indicator.latestAsOf() + ", services "
                + indicator.services().stream().map(LinkedService::code).toList();
    }

    private static String plain(BigDecimal value) {
        return value == null ? "none" : value.stripTrailingZeros().toPlainString();
    }

    private static BigDecimal number(BigDecimal value, String field, List<Problem> problems) {
        if (value == null) {
            return null;
        }
        if (value.signum() < 0) {
            problems.add(new Problem(field, "outcomes.edit.error.negative"));
            return null;
        }
        if (value.compareTo(LARGEST) > 0 || value.stripTrailingZeros().scale() > 2) {
            problems.add(new Problem(field, "outcomes.edit.error.too-precise"));
            return null;
        }
        return value;
    }

    private List<Indicator> read(IndicatorKind kind, String sql) {
        Map<Long, List<LinkedService>> services = new HashMap<>();
        jdbc.sql("""
                SELECT l.%s, s.id, s.code, s.name FROM %s l JOIN commissioned_service s ON s.id = l.service_id
                ORDER BY s.name
                """.formatted(kind.serviceColumn, kind.serviceTable)).query((RowCallbackHandler)
                rs -> services.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
                        .add(new LinkedService(rs.getLong(2), rs.getString(3), rs.getString(4))));
        return jdbc.sql(sql)
                .query((rs, n) -> {
                    Date asOf = rs.getDate("latest_as_of");
                    long id = rs.getLong("id");
                    return new Indicator(
                            kind,
                            id,
                            rs.getString("code"),
                            rs.getString("heading"),
                            rs.getString("title"),
                            rs.getBigDecimal("target_value"),
                            rs.getString("target_unit"),
                            Direction.valueOf(rs.getString("direction")),
                            rs.getBigDecimal("latest_value"),
                            rs.getString("latest_period"),
                            asOf == null ? null : asOf.toLocalDate(),
                            rs.getString("source_note"),
                            List.copyOf(services.getOrDefault(id, List.of())));
                })
                .list();
    }
}
