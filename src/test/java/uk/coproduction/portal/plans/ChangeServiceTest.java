package uk.coproduction.portal.plans;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithMockUser;
import uk.coproduction.portal.PortalTest;
import uk.coproduction.portal.base.InvalidInputException;
import uk.coproduction.portal.base.security.Roles;
import uk.coproduction.portal.feedback.FeedbackDetail;
import uk.coproduction.portal.feedback.FeedbackFixtures;
import uk.coproduction.portal.feedback.FeedbackStatus;
import uk.coproduction.portal.feedback.FeedbackSubmissionService;
import uk.coproduction.portal.feedback.FeedbackTriageService;
import uk.coproduction.portal.security.TestAccounts;
import uk.coproduction.portal.services.ServiceSummary;
import uk.coproduction.portal.services.Team;
import uk.coproduction.portal.workspace.FeedbackLinkService;

import java.time.LocalDate;
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
    JdbcTemplate jdbc;

    private ServiceSummary speech;
    private long coProduceSpeech;

    @BeforeEach
    void setUp() {
        accounts.ensureStandardAccounts();
        speech = fixtures.serviceNamed("Speech and Language Therapy");
        // Children's delivery plan 3.1.1: co-produce the Speech and Language Therapy specification
        coProduceSpeech = jdbc.queryForObject("""
                select a.id from plan_action a join plan_outcome o on o.id = a.outcome_id
                join plan_domain d on d.id = o.domain_id join plan p on p.id = d.plan_id
                where p.code = 'JCDP_2020_21' and a.code = '3.1.1'
                """, Long.class);
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

        ChangeSummary recorded = changes.record(new NewChange(coProduceSpeech,
                "Therapists now phone every family within a week of a referral.", null, lastWeek, "KCHFT SLT team",
                speech.id(), Set.of(first, second)));

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
        assertThat(changes.forService(speech.id())).extracting(ChangeSummary::id).contains(recorded.id());
    }

    @Test
    void aChangeNamingFeedbackThatIsNotLinkedToTheActionIsRefusedAndNothingMoves() {
        long linked = idOf(submit("The letters were confusing"));
        long unlinked = idOf(submit("The room was too noisy"));
        links.linkActions(linked, Set.of(coProduceSpeech));
        long changesBefore = changeCount();

        assertThatThrownBy(() -> changes.record(new NewChange(coProduceSpeech, "Letters rewritten in plain English.",
                null, LocalDate.now(), "Commissioning team", null, Set.of(linked, unlinked))))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems()).containsExactly(
                        new InvalidInputException.Problem("feedback", "workspace.change.error.feedback-not-linked")));

        assertThat(changeCount()).isEqualTo(changesBefore);
        assertThat(status(linked)).isEqualTo("LINKED");
        assertThat(status(unlinked)).isEqualTo("NEW");
    }

    @Test
    void aChangeWithoutWordsOrDatedInTheFutureIsRefusedWithAMessageForEachField() {
        long linked = idOf(submit("It was hard to park"));
        links.linkActions(linked, Set.of(coProduceSpeech));

        assertThatThrownBy(() -> changes.record(new NewChange(coProduceSpeech, "  ", null,
                LocalDate.now().plusDays(3), "", null, Set.of(linked))))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(InvalidInputException.Problem::messageKey).containsExactly(
                                "workspace.change.error.what-needed", "workspace.change.error.date-future",
                                "workspace.change.error.done-by-needed"));
        assertThat(status(linked)).isEqualTo("LINKED");
    }

    @Test
    void aChangeCannotBePublishedWithoutAnEasyReadSummaryInShortSentences() {
        long linked = idOf(submit("We did not know what would happen next"));
        links.linkActions(linked, Set.of(coProduceSpeech));
        ChangeSummary change = changes.record(new NewChange(coProduceSpeech,
                "Families now get a letter after each visit saying what happens next.", null, LocalDate.now(),
                "KCHFT SLT team", speech.id(), Set.of(linked)));

        assertThatThrownBy(() -> changes.publish(change.id(), "  "))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems()).containsExactly(
                        new InvalidInputException.Problem("easyRead", "workspace.change.error.easy-read-to-publish")));
        assertThatThrownBy(() -> changes.publish(change.id(), "After every visit we will now send you a letter that "
                + "tells you exactly what is going to happen next with your therapy."))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems()).containsExactly(
                        new InvalidInputException.Problem("easyRead", "workspace.change.error.easy-read-sentences")));
        assertThat(jdbc.queryForObject("select published from plan_change where id = ?", Boolean.class, change.id()))
                .isFalse();

        ChangeSummary published = changes.publish(change.id(), "You get a letter after each visit. It says what happens next.");
        assertThat(published.published()).isTrue();
        assertThat(published.easyRead()).isEqualTo("You get a letter after each visit. It says what happens next.");
        assertThat(changes.unpublish(change.id()).published()).isFalse();
        // Recording, publishing and taking down are each in the audit log (decision 0038).
        assertThat(jdbc.queryForList("select action from audit_event where object_type = 'plan-change' and object_id = ?"
                + " order by seq", String.class, String.valueOf(change.id()))).containsExactly("plan.change-recorded",
                "you-said-we-did.published", "you-said-we-did.unpublished");
    }

    @Test
    void feedbackNamedInAChangeStaysLinkedToItsAction() {
        long linked = idOf(submit("Sessions were cancelled at short notice"));
        links.linkActions(linked, Set.of(coProduceSpeech));
        changes.record(new NewChange(coProduceSpeech, "Sessions are now rearranged within two weeks.", null,
                LocalDate.now(), "KCHFT SLT team", null, Set.of(linked)));

        assertThatThrownBy(() -> links.linkActions(linked, Set.of()))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems()).containsExactly(
                        new InvalidInputException.Problem("actions", "workspace.links.error.action-has-change")));
        assertThat(jdbc.queryForObject("select count(*) from feedback_plan_action where feedback_id = ?", Long.class,
                linked)).isEqualTo(1L);
    }

    @Test
    void aChangeToAServiceOfAnotherTeamIsRefused() {
        long linked = idOf(submit("Words"));
        links.linkActions(linked, Set.of(coProduceSpeech));
        long ldaService = fixtures.serviceOf(Team.LDA).id();

        assertThatThrownBy(() -> changes.record(new NewChange(coProduceSpeech, "Something changed.", null,
                LocalDate.now(), "Someone", ldaService, Set.of(linked)))).isInstanceOf(AccessDeniedException.class);
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
        return jdbc.queryForObject("select id from feedback where reference_code = ?", Long.class, code);
    }

    private String status(long id) {
        return jdbc.queryForObject("select status from feedback where id = ?", String.class, id);
    }

    private long changeCount() {
        return jdbc.queryForObject("select count(*) from plan_change", Long.class);
    }
}
