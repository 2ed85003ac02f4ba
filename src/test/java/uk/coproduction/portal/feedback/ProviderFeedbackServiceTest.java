package uk.coproduction.portal.feedback;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;
import uk.coproduction.portal.PortalTest;
import uk.coproduction.portal.base.InvalidInputException;
import uk.coproduction.portal.base.security.Roles;
import uk.coproduction.portal.safeguarding.SafeguardingFlags;
import uk.coproduction.portal.security.SignedIn;
import uk.coproduction.portal.security.TestAccounts;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Provider staff see the moderated copy of feedback about their own organisation's services, and their draft
 * replies wait for a commissioner: they can never send or approve one.
 */
@PortalTest
class ProviderFeedbackServiceTest {

    private static final String ORIGINAL = "Nurse Sarah Jones at the Oakwood clinic explained everything to me";
    private static final String MODERATED = "Nurse [name] at the [clinic] explained everything to me";

    @Autowired
    ProviderFeedbackService provider;

    @Autowired
    FeedbackSubmissionService submissions;

    @Autowired
    ModerationService moderation;

    @Autowired
    QuotePublishing quotePublishing;

    @Autowired
    FeedbackReplyService replies;

    @Autowired
    FeedbackTriageService triage;

    @Autowired
    SafeguardingFlags flags;

    @Autowired
    FeedbackFixtures fixtures;

    @Autowired
    TestAccounts accounts;

    @BeforeEach
    void accountsExist() {
        accounts.ensureStandardAccounts();
        accounts.ensureScopedAccounts();
        SignedIn.as(TestAccounts.CHILDRENS_COMMISSIONER, Roles.COMMISSIONER);
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void providerSeesOnlyModeratedCopiesAboutTheirOwnServicesNeverOriginalsOtherProvidersOrSafeguarding() {
        // Speech and Language Therapy and Occupational Therapy are run by KCHFT; CAMHS by KMPT.
        String moderatedCode = submit("Speech and Language Therapy", ORIGINAL);
        long moderated = idOf(moderatedCode);
        long notModerated = idOf(submit("Occupational Therapy", "The therapist was late every week"));
        long otherProviders = idOf(submit("Emotional wellbeing and CAMHS", "CAMHS helped me a lot"));
        long flagged = idOf(submit("Speech and Language Therapy", "The sessions at home are too short"));
        SignedIn.as(TestAccounts.CHILDRENS_COMMISSIONER, Roles.COMMISSIONER);
        quotePublishing.publish(
                moderated, MODERATED, TestAccounts.CHILDRENS_COMMISSIONER, TestAccounts.SECOND_CHILDRENS_COMMISSIONER);
        quotePublishing.publish(
                otherProviders,
                "CAMHS helped me a lot",
                TestAccounts.CHILDRENS_COMMISSIONER,
                TestAccounts.SECOND_CHILDRENS_COMMISSIONER);
        quotePublishing.publish(
                flagged,
                "The sessions at [place] are too short",
                TestAccounts.CHILDRENS_COMMISSIONER,
                TestAccounts.SECOND_CHILDRENS_COMMISSIONER);
        flags.flag(flagged, "Disclosure of harm");

        SignedIn.as(TestAccounts.PROVIDER, Roles.PROVIDER);
        var mine = provider.moderatedFeedback();
        assertThat(mine)
                .extracting(ProviderFeedbackItem::feedbackId)
                .contains(moderated)
                .doesNotContain(notModerated, otherProviders, flagged);
        assertThat(mine)
                .filteredOn(i -> i.feedbackId() == moderated)
                .singleElement()
                .satisfies(item -> {
                    assertThat(item.moderatedWords()).isEqualTo(MODERATED);
                    assertThat(item.serviceName()).isEqualTo("Speech and Language Therapy");
                });
        assertThat(mine)
                .extracting(ProviderFeedbackItem::moderatedWords)
                .noneMatch(words -> words.contains("Sarah") || words.contains("sessions at"));
        assertThat(mine.toString())
                .as("no reference code reaches provider staff")
                .doesNotContain(moderatedCode);

        SignedIn.as(TestAccounts.OTHER_PROVIDER, Roles.PROVIDER);
        assertThat(provider.moderatedFeedback())
                .extracting(ProviderFeedbackItem::feedbackId)
                .contains(otherProviders)
                .doesNotContain(moderated, notModerated, flagged);
    }

    @Test
    void aProvidersDraftWaitsForACommissionerWhoApprovesItAndOnlyThenThePersonSeesIt() {
        String code = submit("Speech and Language Therapy", "The waiting room is too loud for me");
        long id = idOf(code);
        SignedIn.as(TestAccounts.CHILDRENS_COMMISSIONER, Roles.COMMISSIONER);
        quotePublishing.publish(
                id,
                "The waiting room is too loud for me",
                TestAccounts.CHILDRENS_COMMISSIONER,
                TestAccounts.SECOND_CHILDRENS_COMMISSIONER);

        SignedIn.as(TestAccounts.PROVIDER, Roles.PROVIDER);
        provider.draftReply(id, "Thank you. We are setting up a quiet room.", null);

        assertThat(provider.moderatedFeedback())
                .filteredOn(i -> i.feedbackId() == id)
                .singleElement()
                .satisfies(item -> {
                    assertThat(item.draftWaiting()).isTrue();
                    assertThat(item.replied()).isFalse();
                });
        assertThat(submissions.progress(code).orElseThrow().replies())
                .as("nothing sent yet")
                .isEmpty();
        assertThat(submissions.progress(code).orElseThrow().status()).isEqualTo(FeedbackStatus.NEW);
        assertThatThrownBy(() -> replies.awaitingApproval()).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> triage.reply(id, "Sent by a provider", null))
                .isInstanceOf(AccessDeniedException.class);

        SignedIn.as(TestAccounts.CHILDRENS_COMMISSIONER, Roles.COMMISSIONER);
        AwaitingReply waiting = replies.awaitingApproval().stream()
                .filter(r -> r.feedbackId() == id)
                .findFirst()
                .orElseThrow();
        assertThat(waiting.author()).isEqualTo("Pat Provider");
        SignedIn.as(TestAccounts.PROVIDER, Roles.PROVIDER);
        assertThatThrownBy(() -> replies.approve(waiting.replyId(), waiting.body(), null))
                .as("a provider can never approve")
                .isInstanceOf(AccessDeniedException.class);

        SignedIn.as(TestAccounts.CHILDRENS_COMMISSIONER, Roles.COMMISSIONER);
        replies.approve(waiting.replyId(), "Thank you. There is now a quiet room.", null);

        assertThat(submissions.progress(code).orElseThrow().replies())
                .extracting(FeedbackProgress.PublicReply::body)
                .containsExactly("Thank you. There is now a quiet room.");
        SignedIn.as(TestAccounts.PROVIDER, Roles.PROVIDER);
        assertThat(provider.moderatedFeedback())
                .filteredOn(i -> i.feedbackId() == id)
                .singleElement()
                .satisfies(item -> assertThat(item.replied()).isTrue());
    }

    @Test
    void providerCannotDraftAboutFeedbackThatIsNotTheirsNotModeratedOrFlaggedAndGetsClearMessagesForMistakes() {
        List<String> codes = List.of(
                submit("Occupational Therapy", "Good therapist"),
                submit("Emotional wellbeing and CAMHS", "Good counsellor"),
                submit("Speech and Language Therapy", "Good therapist"));
        long notModerated = idOf(codes.get(0));
        long camhs = idOf(codes.get(1));
        long kchft = idOf(codes.get(2));
        SignedIn.as(TestAccounts.CHILDRENS_COMMISSIONER, Roles.COMMISSIONER);
        quotePublishing.publish(
                camhs,
                "Good counsellor",
                TestAccounts.CHILDRENS_COMMISSIONER,
                TestAccounts.SECOND_CHILDRENS_COMMISSIONER);
        quotePublishing.publish(
                kchft,
                "Good therapist",
                TestAccounts.CHILDRENS_COMMISSIONER,
                TestAccounts.SECOND_CHILDRENS_COMMISSIONER);

        SignedIn.as(TestAccounts.PROVIDER, Roles.PROVIDER);
        assertThatThrownBy(() -> provider.draftReply(notModerated, "Thanks", null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> provider.draftReply(camhs, "Thanks", null))
                .as("KMPT's service")
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> provider.draftReply(kchft, "   ", null))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.problems())
                                .containsExactly(
                                        new InvalidInputException.Problem("reply", "triage.error.reply-empty")));
        // No reply of any kind: none waits for a commissioner's approval, none reached the person.
        SignedIn.as(TestAccounts.CHILDRENS_COMMISSIONER, Roles.COMMISSIONER);
        assertThat(replies.awaitingApproval())
                .extracting(AwaitingReply::feedbackId)
                .doesNotContain(notModerated, camhs, kchft);
        assertThat(codes)
                .allSatisfy(code -> assertThat(
                                submissions.progress(code).orElseThrow().replies())
                        .isEmpty());
    }

    private String submit(String serviceName, String words) {
        return submissions
                .submit(fixtures.youngPersonAbout(fixtures.serviceNamed(serviceName), words))
                .referenceCode();
    }

    private long idOf(String code) {
        return fixtures.idOf(code);
    }
}
