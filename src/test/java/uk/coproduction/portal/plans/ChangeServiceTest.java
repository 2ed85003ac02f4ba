package uk.coproduction.portal.plans;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithMockUser;
import uk.coproduction.portal.PortalTest;
import uk.coproduction.portal.audit.AuditEvent;
import uk.coproduction.portal.audit.AuditQuery;
import uk.coproduction.portal.audit.AuditSearch;
import uk.coproduction.portal.base.InvalidInputException;
import uk.coproduction.portal.base.security.Roles;
import uk.coproduction.portal.feedback.FeedbackDetail;
import uk.coproduction.portal.feedback.FeedbackFixtures;
import uk.coproduction.portal.feedback.FeedbackStatus;
import uk.coproduction.portal.feedback.FeedbackSubmissionService;
import uk.coproduction.portal.feedback.FeedbackTriageService;
import uk.coproduction.portal.security.SignedIn;
import uk.coproduction.portal.security.TestAccounts;
import uk.coproduction.portal.services.ServiceSummary;
import uk.coproduction.portal.services.Team;
import uk.coproduction.portal.workspace.FeedbackLinkService;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@PortalTest
@WithMockUser(username = TestAccounts.CHILDRENS_COMMISSIONER, roles = Roles.COMMISSIONER)
class ChangeServiceTest {

    @Autowired
    ChangeService changes;

    @Autowired
    FeedbackLinkService links;

    @Autowired
    FeedbackTriageService triage;

    @Autowired
    FeedbackSubmissionService submissions;

    @Autowired
    FeedbackFixtures fixtures;

    @Autowired
    TestAccounts accounts;

    @Autowired
    PlanPages pages;

    @Autowired
    AuditSearch auditLog;

    private ServiceSummary speech;
    private long coProduceSpeech;

    @BeforeEach
    void setUp() {
        accounts.ensureStandardAccounts();
        speech = fixtures.serviceNamed("Speech and Language Therapy");
        // Children's delivery plan 3.1.1: co-produce the Speech and Language Therapy specification
        coProduceSpeech = SignedIn.as(
                TestAccounts.CHILDRENS_COMMISSIONER,
                Roles.COMMISSIONER,
                () -> pages.page("JCDP_2020_21").orElseThrow().domains().stream()
                        .flatMap(d -> d.outcomes().stream())
                        .flatMap(o -> o.actions().stream())
                        .filter(a -> a.code().equals("3.1.1"))
                        .findFirst()
                        .orElseThrow()
                        .id());
    }

    @Test
    void commissionerRecordsAChangeAndTheFeedbackBehindItMovesToChangeMadeWithWhoAndWhen() {
        String firstCode = submit("We waited months for the first visit");
        String secondCode = submit("Nobody rang us back");
        long first = idOf(firstCode);
        long second = idOf(secondCode);
        links.linkActions(first, Set.of(coProduceSpeech));
        links.linkActions(second, Set.of(coProduceSpeech));
        LocalDate lastWeek = LocalDate.now().minusDays(7);

        ChangeSummary recorded = changes.record(new NewChange(
                coProduceSpeech,
                "Therapists now phone every family within a week of a referral.",
                null,
                lastWeek,
                "KCHFT SLT team",
                speech.id(),
                Set.of(first, second)));

        assertThat(recorded.whatChanged()).isEqualTo("Therapists now phone every family within a week of a referral.");
        assertThat(recorded.doneBy()).isEqualTo("KCHFT SLT team");
        assertThat(recorded.changedOn()).isEqualTo(lastWeek);
        assertThat(recorded.serviceName()).isEqualTo("Speech and Language Therapy");
        assertThat(recorded.recordedBy()).isEqualTo(TestAccounts.CHILDRENS_COMMISSIONER);
        assertThat(recorded.feedbackReferences()).containsExactlyInAnyOrder(firstCode, secondCode);
        assertThat(recorded.published()).isFalse();
        FeedbackDetail detail = triage.open(first);
        assertThat(detail.status()).isEqualTo(FeedbackStatus.CHANGE_MADE);
        assertThat(detail.history().getLast().to()).isEqualTo(FeedbackStatus.CHANGE_MADE);
        assertThat(detail.history().getLast().by()).isEqualTo(TestAccounts.CHILDRENS_COMMISSIONER);
        assertThat(submissions.progress(secondCode).orElseThrow().status()).isEqualTo(FeedbackStatus.CHANGE_MADE);
        assertThat(links.links(first).changes()).extracting(ChangeSummary::id).contains(recorded.id());
        assertThat(changes.forService(speech.id()))
                .extracting(ChangeSummary::id)
                .contains(recorded.id());
    }

    @Test
    void aChangeNamingFeedbackThatIsNotLinkedToTheActionIsRefusedAndNothingMoves() {
        long linked = idOf(submit("The letters were confusing"));
        long unlinked = idOf(submit("The room was too noisy"));
        links.linkActions(linked, Set.of(coProduceSpeech));
        long changesBefore = changeCount();

        assertThatThrownBy(() -> changes.record(new NewChange(
                        coProduceSpeech,
                        "Letters rewritten in plain English.",
                        null,
                        LocalDate.now(),
                        "Commissioning team",
                        null,
                        Set.of(linked, unlinked))))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.problems())
                                .containsExactly(new InvalidInputException.Problem(
                                        "feedback", "workspace.change.error.feedback-not-linked")));

        assertThat(changeCount()).isEqualTo(changesBefore);
        assertThat(status(linked)).isEqualTo("LINKED");
        assertThat(status(unlinked)).isEqualTo("NEW");
    }

    @Test
    void aChangeWithoutWordsOrDatedInTheFutureIsRefusedWithAMessageForEachField() {
        long linked = idOf(submit("It was hard to park"));
        links.linkActions(linked, Set.of(coProduceSpeech));

        assertThatThrownBy(() -> changes.record(new NewChange(
                        coProduceSpeech, "  ", null, LocalDate.now().plusDays(3), "", null, Set.of(linked))))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.problems())
                                .extracting(InvalidInputException.Problem::messageKey)
                                .containsExactly(
                                        "workspace.change.error.what-needed",
                                        "workspace.change.error.date-future",
                                        "workspace.change.error.done-by-needed"));
        assertThat(status(linked)).isEqualTo("LINKED");
    }

    @Test
    void aChangeCannotBePublishedWithoutAnEasyReadSummaryInShortSentences() {
        long linked = idOf(submit("We did not know what would happen next"));
        links.linkActions(linked, Set.of(coProduceSpeech));
        ChangeSummary change = changes.record(new NewChange(
                coProduceSpeech,
                "Families now get a letter after each visit saying what happens next.",
                null,
                LocalDate.now(),
                "KCHFT SLT team",
                speech.id(),
                Set.of(linked)));

        assertThatThrownBy(() -> changes.publish(change.id(), "  "))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.problems())
                                .containsExactly(new InvalidInputException.Problem(
                                        "easyRead", "workspace.change.error.easy-read-to-publish")));
        assertThatThrownBy(() -> changes.publish(
                        change.id(),
                        "After every visit we will now send you a letter that "
                                + "tells you exactly what is going to happen next with your therapy."))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.problems())
                                .containsExactly(new InvalidInputException.Problem(
                                        "easyRead", "workspace.change.error.easy-read-sentences")));
        assertThat(changes.forActions(Set.of(coProduceSpeech)))
                .filteredOn(c -> c.id() == change.id())
                .singleElement()
                .extracting(ChangeSummary::published)
                .isEqualTo(false);

        ChangeSummary published =
                changes.publish(change.id(), "You get a letter after each visit. It says what happens next.");
        assertThat(published.published()).isTrue();
        assertThat(published.easyRead()).isEqualTo("You get a letter after each visit. It says what happens next.");
        assertThat(changes.unpublish(change.id()).published()).isFalse();
        // Recording, publishing and taking down are each in the audit log (decision 0038).
        List<AuditEvent> audited = SignedIn.as(
                TestAccounts.ADMIN,
                Roles.ADMIN,
                () -> auditLog.search(
                        new AuditQuery(null, null, "plan-change", String.valueOf(change.id()), null, null), 0, 500));
        assertThat(audited.reversed())
                .filteredOn(e -> e.objectType().equals("plan-change"))
                .extracting(AuditEvent::action)
                .containsExactly("plan.change-recorded", "you-said-we-did.published", "you-said-we-did.unpublished");
    }

    @Test
    void feedbackNamedInAChangeStaysLinkedToItsAction() {
        long linked = idOf(submit("Sessions were cancelled at short notice"));
        links.linkActions(linked, Set.of(coProduceSpeech));
        changes.record(new NewChange(
                coProduceSpeech,
                "Sessions are now rearranged within two weeks.",
                null,
                LocalDate.now(),
                "KCHFT SLT team",
                null,
                Set.of(linked)));

        assertThatThrownBy(() -> links.linkActions(linked, Set.of()))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.problems())
                                .containsExactly(new InvalidInputException.Problem(
                                        "actions", "workspace.links.error.action-has-change")));
        assertThat(links.links(linked).actions()).hasSize(1);
    }

    @Test
    void aChangeToAServiceOfAnotherTeamIsRefused() {
        long linked = idOf(submit("Words"));
        links.linkActions(linked, Set.of(coProduceSpeech));
        long ldaService = fixtures.serviceOf(Team.LDA).id();

        assertThatThrownBy(() -> changes.record(new NewChange(
                        coProduceSpeech,
                        "Something changed.",
                        null,
                        LocalDate.now(),
                        "Someone",
                        ldaService,
                        Set.of(linked))))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(status(linked)).isEqualTo("LINKED");
    }

    @Test
    @WithMockUser(username = TestAccounts.ADVOCATE, roles = Roles.ADVOCATE)
    void anAdvocateCannotRecordAChange() {
        assertThatThrownBy(() -> changes.record(new NewChange(1L, "x", null, LocalDate.now(), "x", null, Set.of())))
                .isInstanceOf(AccessDeniedException.class);
    }

    private String submit(String words) {
        return submissions.submit(fixtures.youngPersonAbout(speech, words)).referenceCode();
    }

    private long idOf(String code) {
        return fixtures.idOf(code);
    }

    /** The status the commissioner's triage screen shows. */
    private String status(long id) {
        return triage.triageState(id).status().name();
    }

    /** The changes recorded on the action, as its plan page lists them: the only action these tests change. */
    private long changeCount() {
        return changes.forActions(Set.of(coProduceSpeech)).size();
    }
}
