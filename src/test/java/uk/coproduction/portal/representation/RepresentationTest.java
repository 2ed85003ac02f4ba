package uk.coproduction.portal.representation;

import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithMockUser;
import uk.coproduction.portal.PortalTest;
import uk.coproduction.portal.base.AgeBand;
import uk.coproduction.portal.base.InvalidInputException;
import uk.coproduction.portal.base.RespondentGroup;
import uk.coproduction.portal.base.calendar.Quarter;
import uk.coproduction.portal.base.limits.ArrivalLimits;
import uk.coproduction.portal.base.security.Roles;
import uk.coproduction.portal.feedback.HoldForReview;
import uk.coproduction.portal.reporting.EvidenceFilter;
import uk.coproduction.portal.reporting.EvidenceFixtures;
import uk.coproduction.portal.representation.RepresentationReport.Cell;
import uk.coproduction.portal.representation.RepresentationReport.Comparison;
import uk.coproduction.portal.representation.RepresentationReport.Standing;
import uk.coproduction.portal.security.StaffDirectory;
import uk.coproduction.portal.security.TestAccounts;
import uk.coproduction.portal.services.Team;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Who we are not hearing from: equality answers kept apart from the feedback, population figures, and the
 * representation report on services of its own and in quarters far from today, so other tests never change a figure.
 */
@PortalTest
class RepresentationTest {

    @Autowired
    EvidenceFixtures fixtures;

    @Autowired
    JdbcTemplate jdbcTemplate;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    HoldForReview holds;

    @Autowired
    ArrivalLimits arrivals;

    @Autowired
    PopulationFigures populations;

    @Autowired
    Representation representation;

    @Autowired
    StaffDirectory staff;

    @Autowired
    TestAccounts accounts;

    private static Clock clockIn(String day) {
        return Clock.fixed(Instant.parse(day + "T12:00:00Z"), ZoneOffset.UTC);
    }

    private String referenceOf(long feedbackId) {
        return jdbcTemplate.queryForObject(
                "select reference_code from feedback where id = ?", String.class, feedbackId);
    }

    private String onlineFeedback(String service, String area, String group, String ageBand, String at) {
        return referenceOf(fixtures.feedback(service, area, group, ageBand, "ONLINE", at, false, Map.of()));
    }

    private static EvidenceFilter quarter(String service, String quarter) {
        Quarter q = Quarter.parse(quarter).orElseThrow();
        return EvidenceFilter.forService(service).withQuarters(q, q);
    }

    @Test
    void equalityAnswersAreStoredApartWithNoLinkToTheFeedback() {
        List<String> columns = jdbcTemplate.queryForList("""
                select column_name from information_schema.columns
                where table_schema = database() and table_name = 'equality_response'
                """, String.class);
        assertThat(columns)
                .containsExactlyInAnyOrder(
                        "id",
                        "quarter",
                        "team",
                        "area_id",
                        "respondent_group",
                        "age_band",
                        "disability",
                        "sex",
                        "gender_same_as_birth",
                        "ethnic_group",
                        "religion",
                        "sexual_orientation",
                        "married_or_civil",
                        "pregnancy_maternity");
        assertThat(columns)
                .noneMatch(c -> c.contains("feedback")
                        || c.contains("reference")
                        || c.contains("service")
                        || c.contains("submitted")
                        || c.contains("draft"));
        Integer linksToFeedback = jdbcTemplate.queryForObject("""
                select count(*) from information_schema.key_column_usage
                where table_schema = database() and table_name = 'equality_response'
                  and referenced_table_name in ('feedback', 'feedback_draft', 'commissioned_service')
                """, Integer.class);
        assertThat(linksToFeedback).isZero();

        String service = fixtures.newService();
        String code = onlineFeedback(service, "EAST_KENT", "PARENT_CARER", null, "2030-02-03 10:00:00");
        EqualityMonitoring equality = new EqualityMonitoring(jdbc, clockIn("2030-02-03"), holds, arrivals);
        Map<EqualityQuestion, String> answers = new EnumMap<>(EqualityQuestion.class);
        answers.put(EqualityQuestion.DISABILITY, "YES");
        answers.put(EqualityQuestion.ETHNIC_GROUP, EqualityQuestion.PREFER_NOT_TO_SAY);
        answers.put(EqualityQuestion.AGE, "AGE_35_44");

        assertThat(equality.save(code, answers)).isTrue();

        Map<String, Object> row = jdbcTemplate.queryForMap("select * from equality_response where quarter = '2030-Q1'");
        assertThat(row)
                .containsEntry("team", "CHILDRENS")
                .containsEntry("respondent_group", "PARENT_CARER")
                .containsEntry("disability", "YES")
                .containsEntry("ethnic_group", "PREFER_NOT_TO_SAY")
                .containsEntry("age_band", "AGE_35_44");
        assertThat(row.get("sex")).as("not answered").isNull();
        assertThat(row.values()).doesNotContain(code);
    }

    @Test
    void youngPeopleAreNotAskedTheirAgeOrAboutMarriageAndNothingAnsweredKeepsNothing() {
        String service = fixtures.newService();
        String child = onlineFeedback(service, "WEST_KENT", "YOUNG_PERSON", "AGE_11_15", "2030-05-03 10:00:00");
        String older = onlineFeedback(service, "WEST_KENT", "YOUNG_PERSON", "AGE_16_18", "2030-05-03 10:00:00");
        EqualityMonitoring equality = new EqualityMonitoring(jdbc, clockIn("2030-05-03"), holds, arrivals);

        assertThat(equality.offerFor(child).orElseThrow().questions())
                .containsExactly(
                        EqualityQuestion.DISABILITY,
                        EqualityQuestion.SEX,
                        EqualityQuestion.GENDER,
                        EqualityQuestion.ETHNIC_GROUP,
                        EqualityQuestion.RELIGION);
        assertThat(equality.offerFor(older).orElseThrow().questions())
                .contains(EqualityQuestion.SEXUAL_ORIENTATION)
                .doesNotContain(EqualityQuestion.AGE, EqualityQuestion.MARRIAGE, EqualityQuestion.PREGNANCY);
        assertThat(equality.offerFor("ZZZZZZZ")).isEmpty();

        Map<EqualityQuestion, String> notAsked = new EnumMap<>(EqualityQuestion.class);
        notAsked.put(EqualityQuestion.MARRIAGE, "YES");
        notAsked.put(EqualityQuestion.SEX, null);
        assertThat(equality.save(child, notAsked)).isFalse();
        assertThat(jdbcTemplate.queryForObject(
                        "select count(*) from equality_response where quarter = '2030-Q2'", Integer.class))
                .isZero();

        assertThatThrownBy(() -> equality.save(child, Map.of(EqualityQuestion.SEX, "SOMETHING")))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.problems())
                                .extracting(InvalidInputException.Problem::field)
                                .containsExactly("sex"));
    }

    @Test
    @WithMockUser(username = "test.representation.admin", roles = Roles.ADMIN)
    void representationRatiosAgainstThePopulationsAndAGroupWithNoResponsesIsNeverAZeroScore() {
        String service = fixtures.newService();
        PopulationFigure children = populations.add(new PopulationEntry(
                "Children with EHC plans",
                "EAST_KENT",
                null,
                service,
                RespondentGroup.YOUNG_PERSON,
                Set.of(AgeBand.AGE_11_15, AgeBand.AGE_16_18),
                1000));
        PopulationFigure parents = populations.add(new PopulationEntry(
                "Parent carers", "WEST_KENT", null, service, RespondentGroup.PARENT_CARER, Set.of(), 2000));
        PopulationFigure adults = populations.add(new PopulationEntry(
                "LD register (adults)",
                "EAST_KENT",
                Team.CHILDRENS,
                service,
                RespondentGroup.LDA_ADULT,
                Set.of(),
                500));
        for (int i = 0; i < 20; i++) {
            fixtures.feedback(
                    service,
                    "EAST_KENT",
                    "YOUNG_PERSON",
                    i < 12 ? "AGE_11_15" : "AGE_16_18",
                    "ONLINE",
                    "2030-08-05 10:00:00",
                    false,
                    Map.of(1, "GOOD"));
        }
        fixtures.feedback(
                service, "EAST_KENT", "YOUNG_PERSON", "UNDER_11", "ONLINE", "2030-08-05 10:00:00", false, Map.of());
        for (int i = 0; i < 10; i++) {
            fixtures.feedback(
                    service, "WEST_KENT", "PARENT_CARER", null, "EVENT", "2030-08-06 10:00:00", false, Map.of());
        }
        // Never counted: a safeguarding disclosure, and feedback outside the quarter.
        fixtures.feedback(service, "WEST_KENT", "PARENT_CARER", null, "ONLINE", "2030-08-06 10:00:00", true, Map.of());
        fixtures.feedback(service, "WEST_KENT", "PARENT_CARER", null, "ONLINE", "2030-11-06 10:00:00", false, Map.of());

        RepresentationReport report = representation.report(quarter(service, "2030-Q3"));

        assertThat(report.respondents().shown())
                .as("31, rounded (decision 0022)")
                .hasValue(30);
        // 30 responses from 3,500 people: 8.571 per 1,000 on average.
        assertThat(report.averageRate().orElseThrow()).isCloseTo(1000.0 * 30 / 3500, Offset.offset(1e-9));
        Map<Long, Comparison> byId = new HashMap<>();
        report.populations().forEach(c -> byId.put(c.figure().id(), c));
        Comparison childrenRow = byId.get(children.id());
        assertThat(childrenRow.respondents().shown()).hasValue(20);
        assertThat(childrenRow.ratePerThousand()).hasValue(20.0);
        assertThat(childrenRow.ratio().orElseThrow()).isCloseTo(20.0 / (30.0 / 3.5), Offset.offset(1e-9));
        assertThat(childrenRow.standing()).isEqualTo(Standing.OVER_REPRESENTED);
        Comparison parentsRow = byId.get(parents.id());
        assertThat(parentsRow.ratePerThousand()).hasValue(5.0);
        assertThat(parentsRow.ratio().orElseThrow()).isCloseTo(0.5833333, Offset.offset(1e-6));
        assertThat(parentsRow.standing()).isEqualTo(Standing.UNDER_REPRESENTED);
        Comparison adultsRow = byId.get(adults.id());
        assertThat(adultsRow.standing()).isEqualTo(Standing.NO_RESPONSES);
        assertThat(adultsRow.ratePerThousand()).as("no rate of zero").isEmpty();
        assertThat(adultsRow.ratio()).isEmpty();
        assertThat(report.heardLeast())
                .extracting(c -> c.figure().name())
                .containsExactly("LD register (adults)", "Parent carers");

        assertThat(report.byGroup())
                .extracting(Cell::key)
                .containsExactly("YOUNG_PERSON", "PARENT_CARER", "LDA_ADULT", "SOMEONE_ELSE");
        assertThat(report.byGroup().get(0).count().shown()).as("21, rounded").hasValue(20);
        assertThat(report.byGroup().get(2).count().format("fewer than 5")).isEqualTo("0");
        Map<String, Cell> bands = new HashMap<>();
        report.byAgeBand().forEach(c -> bands.put(c.key(), c));
        assertThat(bands.get("UNDER_11").count().format("fewer than 5")).isEqualTo("fewer than 5");
        assertThat(bands.get("AGE_19_25").count().shown())
                .as("no secondary suppression: rounding protects the 1")
                .hasValue(0);
        assertThat(bands.get("AGE_16_18").count().shown()).as("8, rounded").hasValue(10);
        assertThat(bands.get("UNDER_11").share().shown()).isEmpty();
        assertThat(bands.get("AGE_11_15").count().shown()).as("12, rounded").hasValue(10);
    }

    @Test
    @WithMockUser(username = "test.representation.admin", roles = Roles.ADMIN)
    void aPopulationWithFewerThanFiveResponsesShowsNoRateAndNeitherDoesTheNextSmallest() {
        String service = fixtures.newService();
        PopulationFigure few = populations.add(new PopulationEntry(
                "Care leavers", "EAST_KENT", null, service, RespondentGroup.SOMEONE_ELSE, Set.of(), 300));
        PopulationFigure next = populations.add(new PopulationEntry(
                "Parents", "EAST_KENT", null, service, RespondentGroup.PARENT_CARER, Set.of(), 900));
        PopulationFigure many = populations.add(new PopulationEntry(
                "Young people", "EAST_KENT", null, service, RespondentGroup.YOUNG_PERSON, Set.of(), 900));
        for (int i = 0; i < 3; i++) {
            fixtures.feedback(
                    service, "EAST_KENT", "SOMEONE_ELSE", null, "ONLINE", "2030-10-05 10:00:00", false, Map.of());
        }
        for (int i = 0; i < 6; i++) {
            fixtures.feedback(
                    service, "EAST_KENT", "PARENT_CARER", null, "ONLINE", "2030-10-05 10:00:00", false, Map.of());
        }
        for (int i = 0; i < 9; i++) {
            fixtures.feedback(
                    service,
                    "EAST_KENT",
                    "YOUNG_PERSON",
                    "AGE_11_15",
                    "ONLINE",
                    "2030-10-05 10:00:00",
                    false,
                    Map.of());
        }

        RepresentationReport report = representation.report(quarter(service, "2030-Q4"));
        Map<Long, Comparison> byId = new HashMap<>();
        report.populations().forEach(c -> byId.put(c.figure().id(), c));

        assertThat(byId.get(few.id()).standing()).isEqualTo(Standing.TOO_FEW_TO_COMPARE);
        assertThat(byId.get(few.id()).respondents().format("fewer than 5")).isEqualTo("fewer than 5");
        assertThat(byId.get(few.id()).ratePerThousand()).isEmpty();
        // 6 parents are shown (rounded to 5), never hidden as "fewer than 5": 20 - 5 - 10 = 5 does not give the 3 away.
        assertThat(byId.get(next.id()).respondents().shown()).hasValue(5);
        assertThat(byId.get(next.id()).ratio()).isPresent();
        assertThat(byId.get(many.id()).ratePerThousand())
                .as("from the published 10, not the exact 9")
                .hasValueCloseTo(1000.0 * 10 / 900, Offset.offset(1e-9));
    }

    @Test
    @WithMockUser(username = "test.representation.admin", roles = Roles.ADMIN)
    void equalityAnswersAreReportedOnlyInAggregateWithTheShareWhoAnswered() {
        String service = fixtures.newService();
        EqualityMonitoring equality = new EqualityMonitoring(jdbc, clockIn("2031-05-01"), holds, arrivals);
        String[] disability = {
            "YES", "YES", "YES", "YES", "YES", "YES", "NO", "NO", "NO", EqualityQuestion.PREFER_NOT_TO_SAY
        };
        for (int i = 0; i < 20; i++) {
            String code = onlineFeedback(service, "MEDWAY_SWALE", "PARENT_CARER", null, "2031-05-01 10:00:00");
            if (i < disability.length) {
                equality.save(code, Map.of(EqualityQuestion.DISABILITY, disability[i]));
            }
        }
        EvidenceFilter filter = new EvidenceFilter(
                Team.CHILDRENS,
                null,
                "MEDWAY_SWALE",
                null,
                null,
                null,
                Quarter.parse("2031-Q2").orElseThrow(),
                Quarter.parse("2031-Q2").orElseThrow());

        RepresentationReport.Equality answers = representation.report(filter).equality();

        assertThat(answers.answered().formatPercent("fewer than 5", "none")).isEqualTo("50%");
        Map<String, Cell> cells = new HashMap<>();
        answers.questions().get(EqualityQuestion.DISABILITY).forEach(c -> cells.put(c.key(), c));
        assertThat(cells.get("YES").count().shown()).as("6, rounded").hasValue(5);
        assertThat(cells.get("YES").share().formatPercent("fewer than 5", "none"))
                .as("5 of 10")
                .isEqualTo("50%");
        assertThat(cells.get("NO").count().format("fewer than 5")).isEqualTo("fewer than 5");
        assertThat(cells.get(EqualityQuestion.PREFER_NOT_TO_SAY).count().shown())
                .isEmpty();
        assertThat(cells.get("NONE").count().shown()).hasValue(0);
        assertThat(answers.questions().get(EqualityQuestion.SEX))
                .filteredOn(c -> c.key().equals("NONE"))
                .singleElement()
                .satisfies(c -> assertThat(c.count().shown()).hasValue(10));

        EvidenceFilter fewPeople = new EvidenceFilter(
                Team.CHILDRENS,
                null,
                "MEDWAY_SWALE",
                null,
                null,
                null,
                Quarter.parse("2031-Q3").orElseThrow(),
                Quarter.parse("2031-Q3").orElseThrow());
        EqualityMonitoring later = new EqualityMonitoring(jdbc, clockIn("2031-08-01"), holds, arrivals);
        for (int i = 0; i < 3; i++) {
            later.save(
                    onlineFeedback(service, "MEDWAY_SWALE", "PARENT_CARER", null, "2031-08-01 10:00:00"),
                    Map.of(EqualityQuestion.DISABILITY, "YES"));
        }
        RepresentationReport.Equality three = representation.report(fewPeople).equality();
        assertThat(three.answered().shown()).isEmpty();
        assertThat(three.questions().get(EqualityQuestion.DISABILITY))
                .allSatisfy(c -> assertThat(c.count().value() == 0 || c.count().suppressed())
                        .isTrue());
        assertThat(three.questions().get(EqualityQuestion.DISABILITY))
                .filteredOn(c -> c.key().equals("YES"))
                .singleElement()
                .satisfies(c -> assertThat(c.count().shown()).isEmpty());
    }

    @Test
    @WithMockUser(username = "test.representation.admin", roles = Roles.ADMIN)
    void aPopulationWithAProtectedCharacteristicIsComparedWithThePeopleWhoGaveThatAnswer() {
        String service = fixtures.newService();
        EqualityMonitoring equality = new EqualityMonitoring(jdbc, clockIn("2034-02-01"), holds, arrivals);
        for (int i = 0; i < 30; i++) {
            String code = onlineFeedback(service, "DGS", "PARENT_CARER", null, "2034-02-01 10:00:00");
            equality.save(code, Map.of(EqualityQuestion.DISABILITY, i < 10 ? "YES" : "NO"));
        }
        PopulationFigure disabled = populations.add(new PopulationEntry(
                "Disabled adults",
                "DGS",
                Team.CHILDRENS,
                null,
                null,
                Set.of(),
                new Characteristic(EqualityQuestion.DISABILITY, "YES"),
                2000));
        PopulationFigure notDisabled = populations.add(new PopulationEntry(
                "Adults without a disability",
                "DGS",
                Team.CHILDRENS,
                null,
                null,
                Set.of(),
                new Characteristic(EqualityQuestion.DISABILITY, "NO"),
                2000));
        PopulationFigure black = populations.add(new PopulationEntry(
                "Black residents",
                "DGS",
                Team.CHILDRENS,
                null,
                null,
                Set.of(),
                new Characteristic(EqualityQuestion.ETHNIC_GROUP, "BLACK"),
                500));
        Quarter q = Quarter.parse("2034-Q1").orElseThrow();

        RepresentationReport report =
                representation.report(new EvidenceFilter(Team.CHILDRENS, null, "DGS", null, null, null, q, q));

        assertThat(report.populations()).noneMatch(c -> c.figure().id() == disabled.id());
        Map<Long, Comparison> byId = new HashMap<>();
        report.answerPopulations().forEach(c -> byId.put(c.figure().id(), c));
        assertThat(report.answerAverageRate().orElseThrow()).isCloseTo(1000.0 * 30 / 4500, Offset.offset(1e-9));
        assertThat(byId.get(disabled.id()).ratePerThousand()).hasValue(5.0);
        assertThat(byId.get(disabled.id()).ratio().orElseThrow()).isCloseTo(0.75, Offset.offset(1e-9));
        assertThat(byId.get(disabled.id()).standing()).isEqualTo(Standing.UNDER_REPRESENTED);
        assertThat(byId.get(notDisabled.id()).ratio().orElseThrow()).isCloseTo(1.5, Offset.offset(1e-9));
        assertThat(byId.get(black.id()).standing()).isEqualTo(Standing.NO_RESPONSES);
        assertThat(report.heardLeast())
                .extracting(c -> c.figure().name())
                .containsExactly("Black residents", "Disabled adults");

        assertThatThrownBy(() -> populations.add(new PopulationEntry(
                        "By service",
                        "DGS",
                        null,
                        service,
                        null,
                        Set.of(),
                        new Characteristic(EqualityQuestion.DISABILITY, "YES"),
                        10)))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.problems())
                                .extracting(InvalidInputException.Problem::messageKey)
                                .containsExactly("representation.population.error.characteristic-service"));
    }

    @Test
    @WithMockUser(username = "test.representation.admin", roles = Roles.ADMIN)
    void anAdministratorIsToldWhatIsWrongWithAPopulationFigureAndEveryChangeIsAudited() {
        assertThatThrownBy(() -> populations.add(new PopulationEntry(
                        "  ", null, null, null, RespondentGroup.PARENT_CARER, Set.of(AgeBand.UNDER_11), 0)))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.problems())
                                .extracting(InvalidInputException.Problem::field)
                                .containsExactly("name", "area", "ageBands", "people"));
        assertThatThrownBy(() -> populations.add(
                        new PopulationEntry("Everyone", "EAST_KENT", null, null, null, Set.of(), 70_000_000)))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.problems())
                                .extracting(InvalidInputException.Problem::messageKey)
                                .containsExactly("representation.population.error.people-many"));
        String ldaService = fixtures.newService("LDA");
        assertThatThrownBy(() -> populations.add(
                        new PopulationEntry("Mismatch", "EAST_KENT", Team.CHILDRENS, ldaService, null, Set.of(), 10)))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.problems())
                                .extracting(InvalidInputException.Problem::messageKey)
                                .containsExactly("representation.population.error.service-team"));

        PopulationFigure added = populations.add(new PopulationEntry(
                "LD register (adults)", "WEST_KENT", null, ldaService, RespondentGroup.LDA_ADULT, Set.of(), 3100));
        assertThat(added.team()).as("the service's team").isEqualTo(Team.LDA);
        PopulationFigure changed = populations.update(
                added.id(),
                new PopulationEntry(
                        "LD register (adults)",
                        "WEST_KENT",
                        null,
                        ldaService,
                        RespondentGroup.LDA_ADULT,
                        Set.of(),
                        3150));
        assertThat(changed.people()).isEqualTo(3150);
        populations.delete(added.id());

        List<String> actions = jdbcTemplate.queryForList("""
                select action from audit_event where object_type = 'population_figure' and object_id = ?
                order by id""", String.class, String.valueOf(added.id()));
        assertThat(actions).containsExactly("population.added", "population.changed", "population.deleted");
        assertThat(populations.all()).noneMatch(f -> f.id() == added.id());
    }

    @Test
    @WithMockUser(username = "test.representation.board", roles = Roles.BOARD)
    void aBoardMemberSeesTheAggregatesButCannotChangeThePopulations() {
        String service = fixtures.newService();
        assertThat(representation
                        .report(EvidenceFilter.forService(service))
                        .respondents()
                        .shown())
                .hasValue(0);
        assertThatThrownBy(() -> populations.add(new PopulationEntry("X", "EAST_KENT", null, null, null, Set.of(), 5)))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    @WithMockUser(username = TestAccounts.ADVOCATE, roles = Roles.ADVOCATE)
    void anAdvocateCannotSeeTheRepresentationFigures() {
        assertThatThrownBy(() -> representation.report(EvidenceFilter.ALL)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> populations.all()).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    @WithMockUser(username = TestAccounts.CHILDRENS_COMMISSIONER, roles = Roles.COMMISSIONER)
    void aCommissionerSeesOnlyTheirOwnTeamsFigures() {
        accounts.ensureStandardAccounts();
        EvidenceFilter lda = new EvidenceFilter(Team.LDA, null, null, null, null, null, null, null);
        assertThat(representation.report(lda).filter().team()).isEqualTo(Team.CHILDRENS);
    }
}
