package uk.coproduction.portal.reporting;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.test.context.support.WithMockUser;
import uk.coproduction.portal.PortalTest;
import uk.coproduction.portal.base.RespondentGroup;
import uk.coproduction.portal.base.security.Roles;
import uk.coproduction.portal.reporting.Shortfall.Kind;
import uk.coproduction.portal.security.TestAccounts;
import uk.coproduction.portal.services.Team;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The re-commissioning list on services of the test's own, made active only while the test runs, with the clock on
 * 20 November 2026 (18 months ahead: 20 May 2028; the last 8 quarters: 2025-Q1 to 2026-Q4).
 */
@PortalTest
@WithMockUser(username = "recommissioning-admin", roles = Roles.ADMIN)
class RecommissioningEvidenceTest {

    static final Clock NOVEMBER_2026 = Clock.fixed(Instant.parse("2026-11-20T12:00:00Z"), ZoneOffset.UTC);

    @Autowired
    FigureScope figureScope;

    @Autowired
    TestAccounts accounts;

    @Autowired
    EvidenceFixtures fixtures;

    @Autowired
    JdbcTemplate jdbcTemplate;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    RecommissioningEvidence bean;

    private final List<String> activated = new ArrayList<>();

    @AfterEach
    void deactivate() {
        activated.forEach(
                code -> jdbcTemplate.update("update commissioned_service set active = FALSE where code = ?", code));
    }

    @Test
    void servicesWhoseContractEndsSoonOrThatAreBeingAnalysedOrPlannedAreListedWithTheirEvidence() {
        String wellHeard = service("LDA", "DO", "2027-06-30");
        String barelyHeard = service("LDA", "PLAN", "2030-03-31");
        String notDue = service("LDA", "DO", "2029-12-31");
        String endsAfterHorizon = service("LDA", "REVIEW", "2028-05-21");
        for (int i = 0; i < 30; i++) {
            fixtures.feedback(
                    wellHeard,
                    "EAST_KENT",
                    "LDA_ADULT",
                    null,
                    i < 10 ? "ADVOCATE" : "ONLINE",
                    "2025-0" + (1 + i % 9) + "-10 10:00:00",
                    false,
                    Map.of(1, "GOOD"));
        }
        activity(wellHeard, "2026-03-12", "LDA_ADULT");
        for (int i = 0; i < 27; i++) {
            fixtures.feedback(
                    barelyHeard,
                    "WEST_KENT",
                    "PARENT_CARER",
                    null,
                    "ONLINE",
                    "2026-10-10 10:00:00",
                    false,
                    Map.of(1, "OK"));
        }
        for (int i = 0; i < 5; i++) {
            fixtures.feedback(
                    barelyHeard,
                    "WEST_KENT",
                    "LDA_ADULT",
                    null,
                    "ONLINE",
                    "2026-10-10 10:00:00",
                    true,
                    Map.of(1, "VERY_BAD"));
            fixtures.feedback(
                    barelyHeard,
                    "WEST_KENT",
                    "LDA_ADULT",
                    null,
                    "ONLINE",
                    "2024-12-31 10:00:00",
                    false,
                    Map.of(1, "VERY_BAD"));
        }
        activity(barelyHeard, "2024-11-01", "LDA_ADULT");

        List<ServiceEvidence> due = new RecommissioningEvidence(jdbc, NOVEMBER_2026, figureScope).services(Team.LDA);

        assertThat(due)
                .extracting(ServiceEvidence::code)
                .contains(wellHeard, barelyHeard)
                .doesNotContain(notDue, endsAfterHorizon);
        ServiceEvidence well = find(due, wellHeard);
        assertThat(well.contractEndsSoon()).isTrue();
        assertThat(well.feedback().shown()).hasValue(30);
        assertThat(well.activities().format("fewer than 5"))
                .as("1 activity, hidden as every count of 1 to 4")
                .isEqualTo("fewer than 5");
        assertThat(well.groupsHeard()).containsExactly(RespondentGroup.LDA_ADULT);
        assertThat(well.tooLittleEvidence()).isFalse();

        ServiceEvidence barely = find(due, barelyHeard);
        assertThat(barely.contractEndsSoon()).isFalse();
        assertThat(barely.feedback().shown())
                .as("flagged and older feedback not counted: 27, published as 25")
                .hasValue(25);
        assertThat(barely.activities().none())
                .as("the activity was before 2025")
                .isTrue();
        assertThat(barely.shortfalls())
                .containsExactly(
                        new Shortfall(Kind.TOO_LITTLE_FEEDBACK, null),
                        new Shortfall(Kind.NO_COPRODUCTION_ACTIVITY, null),
                        new Shortfall(Kind.GROUP_NOT_HEARD, RespondentGroup.LDA_ADULT));
    }

    @Test
    void theFeedbackFlagAgreesWithTheFigurePrintedBesideIt() {
        String published30 = service("LDA", "PLAN", null);
        String published25 = service("LDA", "PLAN", null);
        for (int i = 0; i < 28; i++) {
            fixtures.feedback(
                    published30,
                    "EAST_KENT",
                    "LDA_ADULT",
                    null,
                    "ONLINE",
                    "2026-10-10 10:00:00",
                    false,
                    Map.of(1, "OK"));
        }
        for (int i = 0; i < 27; i++) {
            fixtures.feedback(
                    published25,
                    "EAST_KENT",
                    "LDA_ADULT",
                    null,
                    "ONLINE",
                    "2026-10-10 10:00:00",
                    false,
                    Map.of(1, "OK"));
        }

        List<ServiceEvidence> due = new RecommissioningEvidence(jdbc, NOVEMBER_2026, figureScope).services(Team.LDA);

        ServiceEvidence thirty = find(due, published30);
        assertThat(thirty.feedback().format("fewer than 5")).isEqualTo("30");
        assertThat(thirty.shortfalls())
                .as("28 pieces are printed as 30: not flagged as fewer than 30")
                .doesNotContain(new Shortfall(Kind.TOO_LITTLE_FEEDBACK, null));
        ServiceEvidence twentyFive = find(due, published25);
        assertThat(twentyFive.feedback().format("fewer than 5")).isEqualTo("25");
        assertThat(twentyFive.shortfalls()).contains(new Shortfall(Kind.TOO_LITTLE_FEEDBACK, null));
        for (ServiceEvidence service : due) {
            boolean flagged = service.shortfalls().contains(new Shortfall(Kind.TOO_LITTLE_FEEDBACK, null));
            assertThat(flagged)
                    .as(service.code() + " printed as " + service.feedback().format("fewer than 5"))
                    .isEqualTo(service.feedback().shown().orElse(0) < RecommissioningEvidence.ENOUGH_FEEDBACK);
        }
    }

    @Test
    void aCommissionerSeesOnlyTheirOwnTeamsServicesWhateverTheyAsk() {
        String lda = service("LDA", "PLAN", null);
        String childrens = service("CHILDRENS", "PLAN", null);
        accounts.ensure(
                TestAccounts.CHILDRENS_COMMISSIONER,
                "Chris Commissioner",
                null,
                Team.CHILDRENS,
                Set.of(Roles.COMMISSIONER));
        SecurityContextHolder.getContext()
                .setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                        TestAccounts.CHILDRENS_COMMISSIONER,
                        null,
                        List.of(new SimpleGrantedAuthority("ROLE_" + Roles.COMMISSIONER))));

        assertThat(bean.services(Team.LDA))
                .extracting(ServiceEvidence::code)
                .contains(childrens)
                .doesNotContain(lda);
        assertThat(bean.services(null))
                .extracting(ServiceEvidence::code)
                .contains(childrens)
                .doesNotContain(lda);
    }

    @Test
    void aChildrensServiceMustHearFromYoungPeopleAndFromParents() {
        String heardFromParentsOnly = service("CHILDRENS", "ANALYSE", null);
        for (int i = 0; i < 3; i++) {
            fixtures.feedback(
                    heardFromParentsOnly,
                    "EAST_KENT",
                    "PARENT_CARER",
                    null,
                    "ONLINE",
                    "2026-10-10 10:00:00",
                    false,
                    Map.of(1, "OK"));
        }
        activity(heardFromParentsOnly, "2026-10-01", "PARENT_CARER");

        ServiceEvidence evidence = find(
                new RecommissioningEvidence(jdbc, NOVEMBER_2026, figureScope).services(Team.CHILDRENS),
                heardFromParentsOnly);

        assertThat(evidence.feedback().format("fewer than 5")).isEqualTo("fewer than 5");
        assertThat(evidence.shortfalls())
                .containsExactly(
                        new Shortfall(Kind.TOO_LITTLE_FEEDBACK, null),
                        new Shortfall(Kind.GROUP_NOT_HEARD, RespondentGroup.YOUNG_PERSON));
    }

    @Test
    @WithMockUser(username = TestAccounts.ADVOCATE, roles = Roles.ADVOCATE)
    void advocatesDoNotSeeTheList() {
        assertThatThrownBy(() -> bean.services(null)).isInstanceOf(AccessDeniedException.class);
    }

    private String service(String team, String stage, String contractEnd) {
        String code = fixtures.newService(team);
        jdbcTemplate.update(
                "update commissioned_service set active = TRUE, cycle_stage = ?, contract_end = ? where code = ?",
                stage,
                contractEnd,
                code);
        activated.add(code);
        return code;
    }

    private void activity(String service, String heldOn, String group) {
        jdbcTemplate.update("""
                insert into activity (title, kind, held_on, service_id, cycle_stage, recorded_by, recorded_at)
                values ('Test workshop', 'WORKSHOP', ?, (select id from commissioned_service where code = ?), 'ANALYSE',
                    'test', NOW())""", heldOn, service);
        long id = jdbcTemplate.queryForObject("select max(id) from activity", Long.class);
        jdbcTemplate.update(
                "insert into activity_service (activity_id, service_id) values (?, (select id from commissioned_service where code = ?))",
                id,
                service);
        jdbcTemplate.update(
                "insert into activity_participants (activity_id, respondent_group, people) values (?, ?, 6)",
                id,
                group);
    }

    private static ServiceEvidence find(List<ServiceEvidence> due, String code) {
        return due.stream().filter(s -> s.code().equals(code)).findFirst().orElseThrow();
    }
}
