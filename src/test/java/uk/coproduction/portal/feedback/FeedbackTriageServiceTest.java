package uk.coproduction.portal.feedback;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.test.context.support.WithMockUser;
import uk.coproduction.portal.PortalTest;
import uk.coproduction.portal.base.InvalidInputException;
import uk.coproduction.portal.base.RespondentGroup;
import uk.coproduction.portal.base.security.Roles;
import uk.coproduction.portal.plans.ActionSummary;
import uk.coproduction.portal.plans.PlanService;
import uk.coproduction.portal.security.TestAccounts;
import uk.coproduction.portal.services.Team;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@PortalTest
class FeedbackTriageServiceTest {

    @Autowired
    FeedbackTriageService triage;

    @Autowired
    FeedbackSubmissionService submissions;

    @Autowired
    PlanService plans;

    @Autowired
    FeedbackFixtures fixtures;

    @Autowired
    TestAccounts accounts;

    @BeforeEach
    void staffAccountsExist() {
        accounts.ensureStandardAccounts();
    }

    @Test
    @WithMockUser(username = TestAccounts.CHILDRENS_COMMISSIONER, roles = Roles.COMMISSIONER)
    void commissionerSeesNewFeedbackForTheirTeamsServicesButNotAnotherTeams() {
        String childrens = submissions
                .submit(fixtures.youngPersonAbout(fixtures.serviceOf(Team.CHILDRENS), "Mine"))
                .referenceCode();
        String lda = submissions
                .submit(fixtures.youngPersonAbout(fixtures.serviceOf(Team.LDA), "Not mine"))
                .referenceCode();

        List<String> inbox = triage.inbox(Set.of(FeedbackStatus.NEW), 0, 500).stream()
                .map(InboxItem::referenceCode)
                .toList();

        assertThat(inbox).contains(childrens).doesNotContain(lda);
        assertThat(triage.countInbox(Set.of(FeedbackStatus.NEW))).isGreaterThanOrEqualTo(1);
    }

    @Test
    @WithMockUser(username = TestAccounts.CHILDRENS_COMMISSIONER, roles = Roles.COMMISSIONER)
    void aLinkToAPlanActionThatDoesNotExistIsRefusedAndTheItemStaysUnlinked() {
        String code = submissions
                .submit(fixtures.youngPersonAbout(fixtures.serviceOf(Team.CHILDRENS), "Nobody called me back."))
                .referenceCode();
        long id = idOf(code);
        long real = plans.actions().getFirst().id();
        long missing = 987_654_321L; // no plan action has this id in a test database

        // Plans answer "do these actions exist?" (KnownActions): feedback does not use plans to ask.
        assertThatThrownBy(() -> triage.linkActions(id, Set.of(real, missing)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("do not exist");

        assertThat(triage.open(id).linkedActionIds()).isEmpty();
    }

    @Test
    @WithMockUser(username = TestAccounts.CHILDRENS_COMMISSIONER, roles = Roles.COMMISSIONER)
    void commissionerOpensLinksToAPlanActionAndRepliesAndThePersonSeesTheReplyWithTheirCode() {
        String code = submissions
                .submit(fixtures.youngPersonAbout(fixtures.serviceOf(Team.CHILDRENS), "I waited a long time."))
                .referenceCode();
        long id = idOf(code);

        FeedbackDetail opened = triage.open(id);
        assertThat(opened.status()).isEqualTo(FeedbackStatus.READ);
        assertThat(opened.comment()).isEqualTo("I waited a long time.");

        ActionSummary action = plans.actions().getFirst();
        FeedbackDetail linked = triage.linkActions(id, Set.of(action.id()));
        assertThat(linked.status()).isEqualTo(FeedbackStatus.LINKED);
        assertThat(linked.linkedActionIds()).containsExactly(action.id());

        FeedbackDetail replied = triage.reply(id, "Thank you. We are making waiting times shorter.");
        assertThat(replied.status()).isEqualTo(FeedbackStatus.REPLIED);
        assertThat(replied.replies()).extracting(FeedbackDetail.Reply::author).containsExactly("Chris Children");
        assertThat(replied.history())
                .extracting(FeedbackDetail.HistoryEntry::to)
                .containsExactly(
                        FeedbackStatus.NEW, FeedbackStatus.READ, FeedbackStatus.LINKED, FeedbackStatus.REPLIED);
        assertThat(replied.history())
                .extracting(FeedbackDetail.HistoryEntry::by)
                .containsExactly(
                        "resident",
                        TestAccounts.CHILDRENS_COMMISSIONER,
                        TestAccounts.CHILDRENS_COMMISSIONER,
                        TestAccounts.CHILDRENS_COMMISSIONER);

        FeedbackProgress progress = submissions.progress(code).orElseThrow();
        assertThat(progress.status()).isEqualTo(FeedbackStatus.REPLIED);
        assertThat(progress.replies())
                .extracting(FeedbackProgress.PublicReply::body)
                .containsExactly("Thank you. We are making waiting times shorter.");
    }

    @Test
    @WithMockUser(username = TestAccounts.CHILDRENS_COMMISSIONER, roles = Roles.COMMISSIONER)
    void commissionerSaysWhichServiceItWasWhenThePersonWasNotSure() {
        String code = submissions
                .submit(new FeedbackSubmission(
                        UUID.randomUUID().toString(),
                        null,
                        null,
                        RespondentGroup.PARENT_CARER,
                        null,
                        Map.of(),
                        "Nobody rang back"))
                .referenceCode();
        var service = fixtures.serviceOf(Team.CHILDRENS);

        FeedbackDetail detail = triage.assignService(idOf(code), service.id());

        assertThat(detail.serviceName()).isEqualTo(service.name());
    }

    @Test
    @WithMockUser(username = TestAccounts.CHILDRENS_COMMISSIONER, roles = Roles.COMMISSIONER)
    void anEmptyReplyIsRefusedAndNothingIsSent() {
        String code = submissions
                .submit(fixtures.youngPersonAbout(fixtures.serviceOf(Team.CHILDRENS), "Hi"))
                .referenceCode();

        assertThatThrownBy(() -> triage.reply(idOf(code), "  \n "))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.problems().getFirst().messageKey()).isEqualTo("triage.error.reply-empty"));
        assertThat(submissions.progress(code).orElseThrow().replies()).isEmpty();
    }

    @Test
    @WithMockUser(username = TestAccounts.LDA_COMMISSIONER, roles = Roles.COMMISSIONER)
    void someoneWhoUsedEasyReadIsRepliedToInEasyReadAndSaysWhetherItMadeSense() {
        var service = fixtures.serviceOf(Team.LDA);
        String code = submissions
                .submit(new FeedbackSubmission(
                        UUID.randomUUID().toString(),
                        service.id(),
                        null,
                        RespondentGroup.LDA_ADULT,
                        null,
                        fixtures.allAnswered(RatingAnswer.BAD),
                        null,
                        Map.of(),
                        "Letters I can read",
                        Wording.EASY_READ,
                        "en-GB-easyread",
                        ContactRequest.NONE))
                .referenceCode();
        long id = idOf(code);

        assertThatThrownBy(() -> triage.reply(id, "We will send letters in Easy Read from March."))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.problems().getFirst())
                                .isEqualTo(new InvalidInputException.Problem(
                                        "easyReadReply", "triage.error.easy-read-needed")));
        triage.reply(
                id,
                "We will send letters in Easy Read from March.",
                "We will send you Easy Read letters. This starts in March.");

        FeedbackProgress progress = submissions.progress(code).orElseThrow();
        assertThat(progress.wording()).isEqualTo(Wording.EASY_READ);
        assertThat(progress.replies())
                .extracting(FeedbackProgress.PublicReply::easyRead)
                .containsExactly("We will send you Easy Read letters. This starts in March.");
        assertThat(submissions.respondToReply(code.toLowerCase(), PersonsAnswer.YES, null))
                .isTrue();
        assertThat(submissions.respondToReply(code, null, PersonsAnswer.NOT_SURE))
                .isTrue();
        FeedbackDetail detail = triage.open(id);
        assertThat(detail.replyMadeSense()).isEqualTo(PersonsAnswer.YES);
        assertThat(detail.somethingChanged()).isEqualTo(PersonsAnswer.NOT_SURE);
    }

    @Test
    @WithMockUser(username = TestAccounts.LDA_COMMISSIONER, roles = Roles.COMMISSIONER)
    void commissionerCannotOpenFeedbackAboutAnotherTeamsService() {
        long id = idOf(submissions
                .submit(fixtures.youngPersonAbout(fixtures.serviceOf(Team.CHILDRENS), "Private"))
                .referenceCode());

        assertThatThrownBy(() -> triage.open(id)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    @WithMockUser(username = TestAccounts.ADVOCATE, roles = Roles.ADVOCATE)
    void anAdvocateCannotUseTheCommissionersInbox() {
        assertThatThrownBy(() -> triage.inbox(Set.of(), 0, 10)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void nobodySignedInCannotUseTheCommissionersInbox() {
        assertThatThrownBy(() -> triage.inbox(Set.of(), 0, 10))
                .isInstanceOf(AuthenticationCredentialsNotFoundException.class);
    }

    private long idOf(String code) {
        return fixtures.idOf(code);
    }
}
