package uk.coproduction.portal.outcomes;

import com.vaadin.flow.i18n.I18NProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.coproduction.portal.audit.AuditLog;
import uk.coproduction.portal.base.InvalidInputException;
import uk.coproduction.portal.base.InvalidInputException.Problem;
import uk.coproduction.portal.base.security.Access;
import uk.coproduction.portal.security.StaffDirectory;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The history of each outcome indicator and SMART objective: every dated value (typed or imported, corrections
 * beside what they correct), whether it is getting better, and that trend in one sentence. Dashboards, the plan and
 * service pages, and evidence packs all read it from here, so they say the same (decision 0037).
 */
@Service
public class OutcomeHistories {

    private final OutcomeIndicators indicators;
    private final OutcomeValueLog log;
    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final StaffDirectory staff;
    private final I18NProvider translations;
    private final Clock clock;

    OutcomeHistories(
            OutcomeIndicators indicators,
            OutcomeValueLog log,
            JdbcClient jdbc,
            AuditLog audit,
            StaffDirectory staff,
            I18NProvider translations,
            Clock clock) {
        this.indicators = indicators;
        this.log = log;
        this.jdbc = jdbc;
        this.audit = audit;
        this.staff = staff;
        this.translations = translations;
        this.clock = clock;
    }

    /** One indicator's history, its trend said in the given language. */
    @PreAuthorize(Access.COMMISSIONER_BOARD_OR_ADMIN)
    @Transactional(readOnly = true)
    public IndicatorHistory of(IndicatorKind kind, long id, Locale locale) {
        return histories(List.of(indicators.get(kind, id)), locale).getFirst();
    }

    /** The histories of every indicator and objective linked to a service (by its id), in the dashboard's order. */
    @PreAuthorize(Access.COMMISSIONER_BOARD_OR_ADMIN)
    @Transactional(readOnly = true)
    public List<IndicatorHistory> forService(long serviceId, Locale locale) {
        return histories(
                indicators.all().stream()
                        .filter(i -> i.services().stream().anyMatch(s -> s.id() == serviceId))
                        .toList(),
                locale);
    }

    /** The histories of every indicator and objective that informs a plan domain (by its id). */
    @PreAuthorize(Access.COMMISSIONER_BOARD_OR_ADMIN)
    @Transactional(readOnly = true)
    public List<IndicatorHistory> forPlanDomain(long planDomainId, Locale locale) {
        Map<IndicatorKind, Set<Long>> linked = new EnumMap<>(IndicatorKind.class);
        for (IndicatorKind kind : IndicatorKind.values()) {
            linked.put(
                    kind,
                    Set.copyOf(jdbc.sql("SELECT %s FROM %s WHERE plan_domain_id = :domain"
                                    .formatted(kind.serviceColumn, kind.domainTable))
                            .param("domain", planDomainId)
                            .query(Long.class)
                            .list()));
        }
        return histories(
                indicators.all().stream()
                        .filter(i -> linked.get(i.kind()).contains(i.id()))
                        .toList(),
                locale);
    }

    /** The histories of every indicator and objective that informs a plan's domain, by their codes ("JCDP_2020_21", "3"). */
    @PreAuthorize(Access.COMMISSIONER_BOARD_OR_ADMIN)
    @Transactional(readOnly = true)
    public List<IndicatorHistory> forPlanDomain(String planCode, String domainCode, Locale locale) {
        return jdbc.sql("""
                        SELECT d.id FROM plan_domain d JOIN plan p ON p.id = d.plan_id
                        WHERE p.code = :plan AND d.code = :domain""")
                .param("plan", planCode)
                .param("domain", domainCode)
                .query(Long.class)
                .optional()
                .map(id -> forPlanDomain(id, locale))
                .orElse(List.of());
    }

    /** The histories of the given indicators, in their order (one query per kind for all their values). */
    @PreAuthorize(Access.COMMISSIONER_BOARD_OR_ADMIN)
    @Transactional(readOnly = true)
    public List<IndicatorHistory> of(List<Indicator> shown, Locale locale) {
        return histories(shown, locale);
    }

    /**
     * Records a value typed by an administrator. A value for a date that already has one corrects it: the earlier
     * value stays in the history and the result names it, so the page can say what was replaced.
     *
     * @throws InvalidInputException naming each field that needs putting right (value, asOf, period, source)
     */
    @PreAuthorize(Access.ADMIN)
    @Transactional
    public RecordedValue record(IndicatorKind kind, long id, NewValue entered) {
        Indicator indicator = indicators.get(kind, id);
        List<Problem> problems = new ArrayList<>();
        NewValue value = ValueRules.check(indicator, entered, LocalDate.now(clock), true, problems);
        if (value == null) {
            throw new InvalidInputException(problems);
        }
        RecordedValue recorded = log.add(
                        kind,
                        id,
                        value,
                        ValueSource.HAND,
                        staff.requireCurrentStaff().username(),
                        clock.instant())
                .orElseThrow(() -> InvalidInputException.of("value", "outcomes.value.error.unchanged"));
        audit.record(
                recorded.isCorrection() ? "CORRECT_VALUE" : "RECORD_VALUE",
                kind.auditType,
                indicator.code(),
                describe(recorded));
        return recorded;
    }

    static String describe(RecordedValue recorded) {
        DatedValue saved = recorded.saved();
        String text = saved.value().stripTrailingZeros().toPlainString() + " for " + saved.period() + " ("
                + saved.asOf() + ", " + saved.source() + ")";
        return recorded.isCorrection()
                ? text + " corrects "
                        + recorded.replaced().value().stripTrailingZeros().toPlainString()
                : text;
    }

    private List<IndicatorHistory> histories(List<Indicator> shown, Locale locale) {
        Map<IndicatorKind, Map<Long, List<DatedValue>>> values = new EnumMap<>(IndicatorKind.class);
        for (IndicatorKind kind : IndicatorKind.values()) {
            values.put(
                    kind,
                    log.values(
                            kind,
                            shown.stream()
                                    .filter(i -> i.kind() == kind)
                                    .map(Indicator::id)
                                    .collect(Collectors.toSet())));
        }
        return shown.stream()
                .map(indicator -> {
                    List<DatedValue> all = values.get(indicator.kind()).getOrDefault(indicator.id(), List.of());
                    Trend trend =
                            Trend.of(all.stream().filter(DatedValue::current).toList(), indicator.direction());
                    String statement = TrendStatement.say(
                            indicator, trend, (key, arguments) -> translations.getTranslation(key, locale, arguments));
                    return new IndicatorHistory(indicator, List.copyOf(all), trend, statement);
                })
                .toList();
    }
}
