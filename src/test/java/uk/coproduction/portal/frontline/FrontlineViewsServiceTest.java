package uk.coproduction.portal.frontline;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithMockUser;
import uk.coproduction.portal.PortalTest;
import uk.coproduction.portal.base.InvalidInputException;
import uk.coproduction.portal.base.calendar.Quarter;
import uk.coproduction.portal.base.security.Roles;
import uk.coproduction.portal.feedback.FeedbackFixtures;
import uk.coproduction.portal.feedback.RatingAnswer;
import uk.coproduction.portal.security.TestAccounts;
import uk.coproduction.portal.services.Team;

import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@PortalTest
class FrontlineViewsServiceTest {

    @Autowired
    FrontlineViewsService frontline;

    @Autowired
    FeedbackFixtures fixtures;

    @Autowired
    TestAccounts accounts;

    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void staffAccountsExist() {
        accounts.ensureStandardAccounts();
    }

    @Test
    void frontlineWorkerSendsTheirViewForAQuarterWithoutAnAccount() {
        long service = fixtures.serviceOf(Team.CHILDRENS).id();
        String key = UUID.randomUUID().toString();

        FrontlineReceipt receipt = frontline.submit(new FrontlineSubmission(
                key,
                service,
                "  Support worker ",
                Quarter.parse("2026-Q4").orElseThrow(),
                fixtures.allAnswered(RatingAnswer.OK),
                "Not enough time with each family"));

        assertThat(receipt.quarter()).hasToString("2026-Q4");
        Map<String, Object> stored = jdbc.queryForMap("""
                select f.respondent_group, f.channel, f.comment, f.reply_by, f.service_id, r.quarter, r.role
                from feedback f join frontline_response r on r.feedback_id = f.id where f.reference_code = ?""", receipt.referenceCode());
        assertThat(stored.get("respondent_group")).isEqualTo("FRONTLINE_WORKER");
        assertThat(stored.get("channel")).isEqualTo("STAFF");
        assertThat(stored.get("quarter")).isEqualTo("2026-Q4");
        assertThat(stored.get("role")).isEqualTo("Support worker");
        assertThat(stored.get("comment")).isEqualTo("Not enough time with each family");
        assertThat(stored.get("reply_by")).isNotNull();
        assertThat(((Number) stored.get("service_id")).longValue()).isEqualTo(service);

        FrontlineReceipt again = frontline.submit(new FrontlineSubmission(
                key,
                service,
                "Support worker",
                null,
                fixtures.allAnswered(RatingAnswer.OK),
                "Not enough time with each family"));
        assertThat(again.referenceCode()).as("sending twice stores one view").isEqualTo(receipt.referenceCode());
        assertThat(again.quarter()).hasToString("2026-Q4");
    }

    @Test
    void withoutAQuarterInTheLinkTheCurrentQuarterCounts() {
        FrontlineReceipt receipt = frontline.submit(new FrontlineSubmission(
                UUID.randomUUID().toString(),
                fixtures.serviceOf(Team.LDA).id(),
                null,
                null,
                Map.of(),
                "Rotas change every week"));

        assertThat(receipt.quarter()).isEqualTo(frontline.currentQuarter());
    }

    @Test
    void aViewNeedsTheServiceAndAtLeastOneAnswer() {
        assertThatThrownBy(() -> frontline.submit(new FrontlineSubmission(
                        UUID.randomUUID().toString(), null, "x".repeat(201), null, Map.of(), "  ")))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.problems())
                                .extracting(InvalidInputException.Problem::messageKey)
                                .containsExactly(
                                        "frontline.error.service-required",
                                        "frontline.error.role-too-long",
                                        "frontline.error.nothing-answered"));
    }

    @Test
    void quarterLinksAreReadStrictly() {
        assertThat(Quarter.parse("2026-q1")).contains(new Quarter(2026, 1));
        assertThat(Quarter.parse("2026-Q5")).isEmpty();
        assertThat(Quarter.parse("<script>")).isEmpty();
        assertThat(Quarter.of(LocalDate.of(2026, 10, 1))).hasToString("2026-Q4");
    }

    @Test
    @WithMockUser(username = TestAccounts.LDA_COMMISSIONER, roles = Roles.COMMISSIONER)
    void commissionersSeeTheQuarterAndRoleOnlyForTheirOwnTeamsServices() {
        String code = frontline
                .submit(new FrontlineSubmission(
                        UUID.randomUUID().toString(),
                        fixtures.serviceOf(Team.CHILDRENS).id(),
                        "Nurse",
                        null,
                        Map.of(),
                        "Paperwork"))
                .referenceCode();
        long id = jdbc.queryForObject("select id from feedback where reference_code = ?", Long.class, code);

        assertThatThrownBy(() -> frontline.detail(id)).isInstanceOf(AccessDeniedException.class);
    }
}
