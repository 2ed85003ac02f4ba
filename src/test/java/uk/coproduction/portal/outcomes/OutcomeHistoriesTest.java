package uk.coproduction.portal.outcomes;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithMockUser;
import uk.coproduction.portal.PortalTest;
import uk.coproduction.portal.base.InvalidInputException;
import uk.coproduction.portal.base.security.Roles;
import uk.coproduction.portal.reporting.EvidenceFixtures;
import uk.coproduction.portal.security.TestAccounts;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

/** Every indicator keeps its dated values, corrections beside what they correct, and says whether it is getting better. */
@PortalTest
@WithMockUser(username = OutcomeHistoriesTest.ADMIN, roles = Roles.ADMIN)
class OutcomeHistoriesTest {

    static final String ADMIN = "test.history.admin";

    @Autowired
    OutcomeHistories histories;

    @Autowired
    OutcomeIndicators indicators;

    @Autowired
    OutcomeValueImport imports;

    @Autowired
    EvidenceFixtures fixtures;

    @Autowired
    TestAccounts accounts;

    @Autowired
    JdbcTemplate jdbc;

    private Indicator healthChecks;
    private String service;

    @BeforeEach
    void anIndicatorOfItsOwn() {
        accounts.ensureStandardAccounts();
        accounts.ensure(ADMIN, "Hana History", null, Set.of(Roles.ADMIN));
        service = fixtures.newService("LDA");
        healthChecks = newIndicator(service, "Test health checks " + service, "75", "%", "AT_LEAST");
    }

    @Test
    void administratorRecordsAValueAndTheHistoryShowsBothWithTheTrendInWords() {
        histories.record(
                healthChecks.kind(),
                healthChecks.id(),
                new NewValue(new BigDecimal("68"), LocalDate.of(2025, 6, 30), null, "NHS England health check data"));

        RecordedValue second = histories.record(
                healthChecks.kind(),
                healthChecks.id(),
                new NewValue(new BigDecimal("74"), LocalDate.of(2025, 12, 31), " ", "NHS England health check data"));

        assertThat(second.isCorrection()).isFalse();
        IndicatorHistory history =
                histories.forService(fixtures.serviceId(service), Locale.UK).getFirst();
        assertThat(history.values())
                .extracting(
                        v -> v.value().stripTrailingZeros().toPlainString(),
                        DatedValue::period,
                        DatedValue::source,
                        DatedValue::recordedBy)
                .containsExactly(
                        tuple("68", "Q1 2025-26", ValueSource.HAND, ADMIN),
                        tuple("74", "Q3 2025-26", ValueSource.HAND, ADMIN));
        assertThat(history.trend().change()).isEqualTo(Trend.Change.UP);
        assertThat(history.statement())
                .isEqualTo(
                        "Up from 68% in Q1 2025-26 to 74% in Q3 2025-26, getting better; target at least 75%, not met yet.");
        assertThat(indicators.get(healthChecks.kind(), healthChecks.id()).latest())
                .as("the latest value is the history's newest")
                .isEqualByComparingTo("74");
        String svg = OutcomeHistoryChart.svg(
                history,
                (key, args) -> key.equals("outcomes.chart.target") ? "Target " + args[0] : key,
                history.statement());
        assertThat(svg)
                .startsWith("<svg")
                .contains("role=\"img\"")
                .contains("aria-label=\"" + history.statement() + "\"")
                .contains("Target 75%")
                .contains("Q1 2025\u201126")
                .contains("Q3 2025\u201126");
        assertThat(auditedFor(healthChecks.code())).isEqualTo(2);
    }

    @Test
    void aCorrectionKeepsTheEarlierValueAndSaysWhatItReplaced() {
        Indicator inpatients = newIndicator(service, "Test inpatients " + service, "57", "inpatients", "AT_MOST");
        histories.record(
                inpatients.kind(),
                inpatients.id(),
                new NewValue(new BigDecimal("64"), LocalDate.of(2025, 3, 31), "March 2025", "Assuring Transformation"));
        histories.record(
                inpatients.kind(),
                inpatients.id(),
                new NewValue(
                        new BigDecimal("59"), LocalDate.of(2025, 9, 30), "September 2025", "Assuring Transformation"));

        RecordedValue corrected = histories.record(
                inpatients.kind(),
                inpatients.id(),
                new NewValue(
                        new BigDecimal("55"),
                        LocalDate.of(2025, 9, 30),
                        "September 2025",
                        "Assuring Transformation, revised"));

        assertThat(corrected.isCorrection()).isTrue();
        assertThat(corrected.replaced().value()).isEqualByComparingTo("59");
        IndicatorHistory history = histories.of(inpatients.kind(), inpatients.id(), Locale.UK);
        assertThat(history.values())
                .extracting(v -> v.value().stripTrailingZeros().toPlainString(), DatedValue::current)
                .containsExactly(tuple("64", true), tuple("59", false), tuple("55", true));
        assertThat(history.values().get(1).correctedBy())
                .isEqualTo(corrected.saved().id());
        assertThat(corrected.saved().corrects())
                .isEqualTo(history.values().get(1).id());
        assertThat(history.statement())
                .as("fewer inpatients is better")
                .isEqualTo("Down from 64 inpatients in March 2025 to 55 inpatients in September 2025, getting better; "
                        + "target no more than 57 inpatients, met.");
        assertThat(jdbc.queryForObject(
                        "select count(*) from audit_event where action = 'CORRECT_VALUE' and object_id = ?",
                        Long.class,
                        inpatients.code()))
                .isEqualTo(1);
        assertThatThrownBy(() -> histories.record(
                        inpatients.kind(),
                        inpatients.id(),
                        new NewValue(new BigDecimal("55"), LocalDate.of(2025, 9, 30), "September 2025", "again")))
                .as("the same figure again is not a correction")
                .isInstanceOf(InvalidInputException.class);
    }

    @Test
    void aValueOutsideTheIndicatorsRangeOrInTheFutureIsRefusedWithEveryProblemAtOnce() {
        assertThatThrownBy(() -> histories.record(
                        healthChecks.kind(),
                        healthChecks.id(),
                        new NewValue(new BigDecimal("101"), LocalDate.now().plusDays(1), "x".repeat(61), " ")))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.problems())
                                .extracting(
                                        InvalidInputException.Problem::field, InvalidInputException.Problem::messageKey)
                                .containsExactlyInAnyOrder(
                                        tuple("value", "outcomes.value.error.percent-over-100"),
                                        tuple("asOf", "outcomes.edit.error.date-in-future"),
                                        tuple("period", "outcomes.edit.error.period-too-long"),
                                        tuple("source", "outcomes.value.error.source-required")));
        assertThat(histories
                        .of(healthChecks.kind(), healthChecks.id(), Locale.UK)
                        .values())
                .isEmpty();
    }

    @Test
    void anImportWithOneBadLineNamesTheLineAndSavesNothing() {
        byte[] file = ("""
                indicator,date,value,period,source
                %s,2025-06-30,68,,Health check return
                %s,30/09/2025,70%%,,
                %s,31/12/2025,seventy-two,,
                """.formatted(healthChecks.code(), healthChecks.title(), healthChecks.code()))
                .getBytes(StandardCharsets.UTF_8);

        ValueImportPreview preview = imports.preview("health-checks.csv", file);

        assertThat(preview.problems())
                .extracting(
                        ValueImportPreview.LineProblem::line,
                        ValueImportPreview.LineProblem::column,
                        ValueImportPreview.LineProblem::messageKey,
                        ValueImportPreview.LineProblem::argument)
                .containsExactly(tuple(4, "value", "outcomes.import.error.value-format", "seventy-two"));
        assertThat(preview.lines()).extracting(ValueImportPreview.Line::line).containsExactly(2, 3);
        assertThat(preview.canImport()).isFalse();
        assertThatThrownBy(() -> imports.confirm("health-checks.csv", file)).isInstanceOf(InvalidInputException.class);
        assertThat(histories
                        .of(healthChecks.kind(), healthChecks.id(), Locale.UK)
                        .values())
                .as("nothing saved")
                .isEmpty();
    }

    @Test
    void aGoodImportIsSavedOnlyWhenConfirmedAndAnImportedCorrectionKeepsTheEarlierValue() {
        histories.record(
                healthChecks.kind(),
                healthChecks.id(),
                new NewValue(new BigDecimal("69"), LocalDate.of(2025, 9, 30), null, "Typed from the report"));
        byte[] file = ("\uFEFFIndicator,Date,Value\n%s,2025-06-30,68\n%s,2025-09-30,70\n"
                        .formatted(healthChecks.code(), healthChecks.title().toUpperCase(Locale.ROOT)))
                .getBytes(StandardCharsets.UTF_8);

        ValueImportPreview preview = imports.preview("values.csv", file);
        assertThat(preview.lines())
                .extracting(ValueImportPreview.Line::outcome)
                .containsExactly(ValueImportPreview.Outcome.NEW, ValueImportPreview.Outcome.CORRECTS);
        assertThat(histories
                        .of(healthChecks.kind(), healthChecks.id(), Locale.UK)
                        .values())
                .as("a preview saves nothing")
                .hasSize(1);

        imports.confirm("values.csv", file);

        IndicatorHistory history = histories.of(healthChecks.kind(), healthChecks.id(), Locale.UK);
        assertThat(history.values())
                .extracting(
                        v -> v.value().stripTrailingZeros().toPlainString(), DatedValue::source, DatedValue::current)
                .containsExactly(
                        tuple("68", ValueSource.IMPORT, true),
                        tuple("69", ValueSource.HAND, false),
                        tuple("70", ValueSource.IMPORT, true));
        assertThat(imports.preview("values.csv", file).canImport())
                .as("the same file again changes nothing")
                .isFalse();
    }

    @Test
    @WithMockUser(username = TestAccounts.LDA_COMMISSIONER, roles = Roles.COMMISSIONER)
    void aCommissionerReadsTheHistoryButCannotRecordOrImportValues() {
        assertThat(histories.forService(fixtures.serviceId(service), Locale.UK)).hasSize(1);
        assertThatThrownBy(() -> histories.record(
                        healthChecks.kind(),
                        healthChecks.id(),
                        new NewValue(BigDecimal.ONE, LocalDate.of(2025, 1, 1), null, "x")))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> imports.confirm("x.csv", new byte[0])).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void theLdaObjectivesInformTheLdaPlansDomainsOfTheSameName() {
        List<IndicatorHistory> longerLife = histories.forPlanDomain("LDA_STRATEGY", "2", Locale.UK);
        assertThat(longerLife)
                .extracting(h -> h.indicator().code())
                .contains("LDA_ANNUAL_HEALTH_CHECKS", "LDA_LEDER_WITHIN_6_MONTHS", "LDA_HEALTH_ACTION_PLANS")
                .doesNotContain("LDA_TRANSFORMING_CARE_INPATIENTS");
        assertThat(histories.forPlanDomain("JCDP_2020_21", "3", Locale.UK))
                .extracting(h -> h.indicator().code())
                .contains("CYP_SALT_18_WEEKS", "CYP_CAMHS_18_WEEKS");
    }

    @Test
    void administratorLinksAnIndicatorToAPlanDomainAndItsTrendJoinsThatDomain() {
        PlanDomainChoice wholeSystem = indicators.planDomainChoices().stream()
                .filter(d -> d.label().equals("LD&A outcomes plan \u2014 4 Whole-system development"))
                .findFirst()
                .orElseThrow();

        indicators.linkPlanDomains(healthChecks.kind(), healthChecks.id(), Set.of(wholeSystem.id()));

        assertThat(indicators.planDomains(healthChecks.kind(), healthChecks.id()))
                .containsExactly(wholeSystem.id());
        assertThat(histories.forPlanDomain("LDA_STRATEGY", "4", Locale.UK))
                .extracting(h -> h.indicator().code())
                .contains(healthChecks.code());
        assertThatThrownBy(() -> indicators.linkPlanDomains(healthChecks.kind(), healthChecks.id(), Set.of(-1L)))
                .isInstanceOf(InvalidInputException.class);
    }

    private Indicator newIndicator(String serviceCode, String title, String target, String unit, String direction) {
        String code = "TEST_" + UUID.randomUUID().toString().substring(0, 8).toUpperCase(Locale.ROOT);
        jdbc.update("""
                insert into objective (code, team, outcome_area, title, target_value, target_unit, direction)
                values (?, 'LDA', 'Longer life expectancy', ?, ?, ?, ?)""", code, title, new BigDecimal(target), unit, direction);
        jdbc.update("""
                insert into objective_service (objective_id, service_id)
                values ((select id from objective where code = ?), (select id from commissioned_service where code = ?))""", code, serviceCode);
        long id = jdbc.queryForObject("select id from objective where code = ?", Long.class, code);
        return new Indicator(
                IndicatorKind.LDA_OBJECTIVE,
                id,
                code,
                "Longer life expectancy",
                title,
                new BigDecimal(target),
                unit,
                Direction.valueOf(direction),
                null,
                null,
                null,
                null,
                List.of());
    }

    private long auditedFor(String code) {
        return jdbc.queryForObject(
                "select count(*) from audit_event where action in ('RECORD_VALUE', 'CORRECT_VALUE')"
                        + " and object_id = ?",
                Long.class,
                code);
    }
}
