package uk.coproduction.portal.outcomes;

import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithMockUser;
import uk.coproduction.portal.PortalTest;
import uk.coproduction.portal.base.InvalidInputException;
import uk.coproduction.portal.base.calendar.Quarter;
import uk.coproduction.portal.base.security.Roles;
import uk.coproduction.portal.reporting.EvidenceFilter;
import uk.coproduction.portal.reporting.EvidenceFixtures;
import uk.coproduction.portal.reporting.FigureScope;
import uk.coproduction.portal.reporting.ServiceAnswerCounts;
import uk.coproduction.portal.security.TestAccounts;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@PortalTest
@WithMockUser(username = OutcomeIndicatorsTest.ADMIN, roles = Roles.ADMIN)
class OutcomeIndicatorsTest {

    static final String ADMIN = "test.outcomes.admin";
    static final Clock NOVEMBER_2026 = Clock.fixed(Instant.parse("2026-11-20T12:00:00Z"), ZoneOffset.UTC);
    private static final Quarter Q4 = new Quarter(2026, 4);

    @Autowired
    FigureScope figureScope;

    @Autowired
    OutcomeIndicators indicators;

    @Autowired
    EvidenceFixtures fixtures;

    @Autowired
    TestAccounts accounts;

    @Autowired
    JdbcTemplate jdbcTemplate;

    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void accountsExist() {
        accounts.ensureStandardAccounts();
        accounts.ensure(ADMIN, "Ola Outcomes", null, Set.of(Roles.ADMIN));
    }

    @Test
    void theChildrensFrameworkHasSevenOutcomesWithIndicatorsAndTheLdaObjectivesAreThere() {
        List<Indicator> all = indicators.all();

        assertThat(all.stream()
                        .filter(i -> i.kind() == IndicatorKind.CYP_INDICATOR)
                        .map(Indicator::heading)
                        .distinct())
                .hasSize(7)
                .first()
                .asString()
                .startsWith("1. Children get the best start in life");
        Indicator inpatients = all.stream()
                .filter(i -> i.code().equals("LDA_TRANSFORMING_CARE_INPATIENTS"))
                .findFirst()
                .orElseThrow();
        assertThat(inpatients.direction()).isEqualTo(Direction.AT_MOST);
        assertThat(inpatients.target()).isEqualByComparingTo("57");
        assertThat(inpatients.services()).extracting(LinkedService::code).containsExactly("TRANSFORMING_CARE");
    }

    @Test
    void administratorEntersTheLatestValueAndItIsComparedWithTheTargetAndAudited() {
        Indicator camhs = byCode("CYP_CAMHS_18_WEEKS");
        long before = audits();

        Indicator saved = indicators.update(
                camhs.kind(),
                camhs.id(),
                new IndicatorUpdate(
                        new BigDecimal("92"),
                        "%",
                        Direction.AT_LEAST,
                        new BigDecimal("88.5"),
                        "2026-27 Q2",
                        LocalDate.of(2026, 10, 31),
                        "KMPT monthly performance report",
                        Set.of(serviceId("EMOTIONAL_WELLBEING_CAMHS"))));

        assertThat(saved.latest()).isEqualByComparingTo("88.5");
        assertThat(saved.latestPeriod()).isEqualTo("2026-27 Q2");
        assertThat(saved.status()).isEqualTo(TargetStatus.NOT_MET);
        assertThat(audits()).isEqualTo(before + 1);

        Indicator inpatients = byCode("LDA_TRANSFORMING_CARE_INPATIENTS");
        Indicator fewerInpatients = indicators.update(
                inpatients.kind(),
                inpatients.id(),
                new IndicatorUpdate(
                        new BigDecimal("57"),
                        "inpatients",
                        Direction.AT_MOST,
                        new BigDecimal("52"),
                        "September 2026",
                        LocalDate.of(2026, 9, 30),
                        "NHS England Assuring Transformation data",
                        Set.of(serviceId("TRANSFORMING_CARE"))));
        assertThat(fewerInpatients.status()).as("52 is no more than 57").isEqualTo(TargetStatus.MET);
    }

    @Test
    void aLatestValueNeedsItsPeriodDateAndSourceAndNumbersMustMakeSense() {
        Indicator salt = byCode("CYP_SALT_18_WEEKS");

        assertThatThrownBy(() -> indicators.update(
                        salt.kind(),
                        salt.id(),
                        new IndicatorUpdate(
                                new BigDecimal("-1"),
                                "%",
                                Direction.AT_LEAST,
                                new BigDecimal("80"),
                                " ",
                                null,
                                null,
                                Set.of())))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.problems())
                                .extracting(
                                        InvalidInputException.Problem::field, InvalidInputException.Problem::messageKey)
                                .containsExactlyInAnyOrder(
                                        Tuple.tuple("target", "outcomes.edit.error.negative"),
                                        Tuple.tuple("period", "outcomes.edit.error.period-required"),
                                        Tuple.tuple("asOf", "outcomes.edit.error.date-required"),
                                        Tuple.tuple("source", "outcomes.edit.error.source-required")));
        assertThatThrownBy(() -> indicators.update(
                        salt.kind(),
                        salt.id(),
                        new IndicatorUpdate(
                                new BigDecimal("92"),
                                "%",
                                Direction.AT_LEAST,
                                new BigDecimal("80.123"),
                                "Q2",
                                LocalDate.now().plusDays(2),
                                "Report",
                                Set.of())))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.problems())
                                .extracting(InvalidInputException.Problem::messageKey)
                                .containsExactlyInAnyOrder(
                                        "outcomes.edit.error.too-precise", "outcomes.edit.error.date-in-future"));
        assertThat(byCode("CYP_SALT_18_WEEKS")).as("nothing saved").isEqualTo(salt);
    }

    @Test
    @WithMockUser(username = TestAccounts.CHILDRENS_COMMISSIONER, roles = Roles.COMMISSIONER)
    void aCommissionerReadsIndicatorsButCannotChangeThem() {
        Indicator salt = byCode("CYP_SALT_18_WEEKS");

        assertThatThrownBy(() -> indicators.update(
                        salt.kind(),
                        salt.id(),
                        new IndicatorUpdate(null, null, null, null, null, null, null, Set.of())))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void eachIndicatorIsShownBesideTheVoicesForItsServicesWithSmallNumbersSuppressed() {
        String busy = fixtures.newService();
        String quiet = fixtures.newService();
        fixtures.answers(busy, "EAST_KENT", "2026-10-05 10:00:00", 6, "GOOD");
        fixtures.answers(busy, "EAST_KENT", "2026-10-06 10:00:00", 4, "BAD");
        fixtures.feedback(
                busy, "EAST_KENT", "YOUNG_PERSON", null, "ONLINE", "2026-10-07 10:00:00", true, Map.of(1, "VERY_BAD"));
        fixtures.answers(quiet, "WEST_KENT", "2026-10-05 10:00:00", 3, "GOOD");
        String code = "TEST_" + UUID.randomUUID().toString().substring(0, 8);
        jdbcTemplate.update("""
                insert into outcome_indicator (code, outcome_id, title, target_value, target_unit, direction)
                values (?, (select id from cyp_outcome where position = 6), 'Test indicator', 90, '%', 'AT_LEAST')""", code);
        for (String service : List.of(busy, quiet)) {
            jdbcTemplate.update("""
                    insert into outcome_indicator_service (indicator_id, service_id)
                    values ((select id from outcome_indicator where code = ?), (select id from commissioned_service where code = ?))""", code, service);
        }
        OutcomesDashboard dashboard =
                new OutcomesDashboard(indicators, jdbc, figureScope, new ServiceAnswerCounts(jdbc, NOVEMBER_2026));

        List<IndicatorWithVoices> rows =
                dashboard.rows(EvidenceFilter.forService(busy).withQuarters(Q4, Q4));

        assertThat(rows).hasSize(1);
        IndicatorWithVoices row = rows.getFirst();
        assertThat(row.indicator().status()).isEqualTo(TargetStatus.NO_VALUE_YET);
        ServiceVoices busyVoices = row.voices().stream()
                .filter(v -> v.service().code().equals(busy))
                .findFirst()
                .orElseThrow();
        ServiceVoices quietVoices = row.voices().stream()
                .filter(v -> v.service().code().equals(quiet))
                .findFirst()
                .orElseThrow();
        assertThat(busyVoices.items().shown())
                .as("the flagged item is not counted")
                .hasValue(10);
        assertThat(busyVoices.positive().formatPercent("fewer than 5", "none"))
                .as("from the rounded counts")
                .isEqualTo("50%");
        assertThat(quietVoices.items().format("fewer than 5")).isEqualTo("fewer than 5");
        assertThat(quietVoices.positive().formatPercent("fewer than 5", "none")).isEqualTo("fewer than 5");
    }

    private Indicator byCode(String code) {
        return indicators.all().stream()
                .filter(i -> i.code().equals(code))
                .findFirst()
                .orElseThrow();
    }

    private long serviceId(String code) {
        return fixtures.serviceId(code);
    }

    private long audits() {
        return jdbcTemplate.queryForObject(
                "select count(*) from audit_event where action = 'UPDATE' and object_type = 'INDICATOR'", Long.class);
    }
}
