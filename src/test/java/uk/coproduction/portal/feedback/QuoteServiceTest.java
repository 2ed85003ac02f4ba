package uk.coproduction.portal.feedback;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithMockUser;
import uk.coproduction.portal.PortalTest;
import uk.coproduction.portal.advocacy.AdvocacyFixtures;
import uk.coproduction.portal.advocacy.AdvocacyService;
import uk.coproduction.portal.advocacy.ConsentBasis;
import uk.coproduction.portal.advocacy.GatheringMethod;
import uk.coproduction.portal.advocacy.OnBehalfSubmission;
import uk.coproduction.portal.advocacy.PersonsAge;
import uk.coproduction.portal.advocacy.ReadBack;
import uk.coproduction.portal.advocacy.WordsSource;
import uk.coproduction.portal.audit.AuditEvent;
import uk.coproduction.portal.audit.AuditQuery;
import uk.coproduction.portal.audit.AuditSearch;
import uk.coproduction.portal.base.InvalidInputException;
import uk.coproduction.portal.base.RespondentGroup;
import uk.coproduction.portal.base.security.Roles;
import uk.coproduction.portal.plans.PlanService;
import uk.coproduction.portal.safeguarding.SafeguardingFlags;
import uk.coproduction.portal.security.SignedIn;
import uk.coproduction.portal.security.TestAccounts;
import uk.coproduction.portal.services.ServiceSummary;
import uk.coproduction.portal.services.Team;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Only redacted words a second commissioner approved ever leave the workspace; the proposer cannot approve their
 * own; an advocate's summary is never the person's own words; every step is in the audit log.
 */
@PortalTest
class QuoteServiceTest {

    private static final String ORIGINAL =
            "My worker called Sarah Jones at Oakwood School never rang back after 12 March 2026.";
    private static final String REDACTED = "My worker called [name] at [school] never rang back after [date].";
    private static final String SECOND = TestAccounts.SECOND_CHILDRENS_COMMISSIONER;

    @Autowired
    ModerationService moderation;

    @Autowired
    QuoteService quotes;

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

    @Autowired
    SafeguardingFlags flags;

    @Autowired
    AdvocacyService advocacy;

    @Autowired
    AdvocacyFixtures advocates;

    @Autowired
    AuditSearch auditLog;
    /** Only for the database's own refusal of a quote published by its proposer: no service can even try it. */
    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void staffAccountsExist() {
        accounts.ensureStandardAccounts();
    }

    @Test
    @WithMockUser(username = TestAccounts.CHILDRENS_COMMISSIONER, roles = Roles.COMMISSIONER)
    void wordsAreRedactedOnTheWayInAndPublishedOnlyWhenASecondCommissionerApproves() {
        ServiceSummary service = fixtures.serviceOf(Team.CHILDRENS);
        long id = idOf(
                submissions.submit(fixtures.youngPersonAbout(service, ORIGINAL)).referenceCode());
        long actionId = plans.actions().getFirst().id();
        triage.linkActions(id, Set.of(actionId));

        // The commissioner pastes the raw words: the service takes the identifying details out itself.
        Moderation proposed = moderation.proposeQuote(id, ORIGINAL);

        assertThat(proposed.quoteText()).isEqualTo(REDACTED);
        assertThat(proposed.usable()).isFalse();
        assertThat(proposed.awaitingApproval()).isTrue();
        assertThat(proposed.mayApprove()).as("the proposer may not approve").isFalse();
        assertThat(quotes.usableQuote(id)).isEmpty();
        assertThatThrownBy(() -> moderation.approveQuote(id))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.problems().getFirst().messageKey())
                                .isEqualTo("workspace.quote.error.own-proposal"));
        assertThat(quotes.usableQuote(id)).isEmpty();

        Moderation published = QuotePublishing.as(SECOND, () -> moderation.approveQuote(id));

        assertThat(published.usable()).isTrue();
        assertThat(published.proposedBy()).isEqualTo(TestAccounts.CHILDRENS_COMMISSIONER);
        assertThat(published.approvedBy()).isEqualTo(SECOND);
        assertThat(published.words()).isEqualTo(QuoteWords.PERSON);
        assertThat(quotes.usableQuote(id))
                .hasValueSatisfying(q -> assertThat(q.text()).isEqualTo(REDACTED));
        assertThat(quotes.usableQuotesForAction(actionId))
                .filteredOn(q -> q.feedbackId() == id)
                .extracting(Quote::text)
                .containsExactly(REDACTED);
        assertThat(quotes.usableQuotes(service.id())).extracting(Quote::text).noneMatch(t -> t.contains("Sarah"));
        assertThat(moderation.moderation(id).originalWords())
                .as("the original is kept")
                .isEqualTo(ORIGINAL);
        assertThat(auditActions(id)).containsExactly("quote.proposed", "quote.published");
    }

    @Test
    @WithMockUser(username = TestAccounts.CHILDRENS_COMMISSIONER, roles = Roles.COMMISSIONER)
    void aWithdrawnQuoteIsNoLongerPublishedAndTheWithdrawalIsAudited() {
        long id = idOf(submissions
                .submit(fixtures.youngPersonAbout(fixtures.serviceOf(Team.CHILDRENS), "Good club"))
                .referenceCode());
        moderation.proposeQuote(id, "Good club");
        QuotePublishing.as(SECOND, () -> moderation.approveQuote(id));

        Moderation withdrawn = moderation.withdrawQuote(id);

        assertThat(withdrawn.usable()).isFalse();
        assertThat(withdrawn.quoteText()).isNull();
        assertThat(quotes.usableQuote(id)).isEmpty();
        assertThat(auditActions(id)).containsExactly("quote.proposed", "quote.published", "quote.withdrawn");
    }

    @Test
    @WithMockUser(username = TestAccounts.CHILDRENS_COMMISSIONER, roles = Roles.COMMISSIONER)
    void newWordsForAPublishedQuoteAreNotPublicUntilApprovedAgain() {
        long id = idOf(submissions
                .submit(fixtures.youngPersonAbout(fixtures.serviceOf(Team.CHILDRENS), "Good club"))
                .referenceCode());
        moderation.proposeQuote(id, "Good club");
        QuotePublishing.as(SECOND, () -> moderation.approveQuote(id));

        QuotePublishing.as(SECOND, () -> moderation.proposeQuote(id, "A really good club"));

        assertThat(quotes.usableQuote(id)).isEmpty();
        assertThat(moderation.approveQuote(id).usable())
                .as("now the first commissioner is the second pair of eyes")
                .isTrue();
        assertThat(quotes.usableQuote(id)).map(Quote::text).contains("A really good club");
    }

    @Test
    @WithMockUser(username = TestAccounts.CHILDRENS_COMMISSIONER, roles = Roles.COMMISSIONER)
    void theDatabaseRefusesAQuotePublishedByItsProposer() {
        long id = idOf(submissions
                .submit(fixtures.youngPersonAbout(fixtures.serviceOf(Team.CHILDRENS), "Good club"))
                .referenceCode());

        assertThatThrownBy(() -> jdbc.update(
                        "update feedback set quote_text = 'Good club', quote_words = 'PERSON',"
                                + " quote_proposed_by = 'a', quote_approved_by = 'a', quote_approved_at = now(6) where id = ?",
                        id))
                .isInstanceOf(DataIntegrityViolationException.class);
        assertThatThrownBy(() -> jdbc.update(
                        "update feedback set quote_text = 'Good club', quote_approved_by = 'a',"
                                + " quote_approved_at = now(6) where id = ?",
                        id))
                .isInstanceOf(DataIntegrityViolationException.class);
    }

    @Test
    @WithMockUser(username = TestAccounts.CHILDRENS_COMMISSIONER, roles = Roles.COMMISSIONER)
    void safeguardingFlaggedWordsAreNeverQuotedEvenIfApprovedBefore() {
        ServiceSummary service = fixtures.serviceOf(Team.CHILDRENS);
        long id = idOf(submissions
                .submit(fixtures.youngPersonAbout(service, "Words later flagged"))
                .referenceCode());
        moderation.proposeQuote(id, "Words later flagged");
        QuotePublishing.as(SECOND, () -> moderation.approveQuote(id));
        flags.flag(id, "Worried about what they said");

        assertThat(quotes.usableQuote(id)).isEmpty();
        assertThat(quotes.usableQuotes(service.id())).noneMatch(q -> q.feedbackId() == id);
    }

    @Test
    @WithMockUser(username = TestAccounts.CHILDRENS_COMMISSIONER, roles = Roles.COMMISSIONER)
    void anEmptyQuoteIsRefusedAndNothingCanBeApprovedBeforeItIsProposed() {
        long id = idOf(submissions
                .submit(fixtures.youngPersonAbout(fixtures.serviceOf(Team.CHILDRENS), ORIGINAL))
                .referenceCode());

        assertThatThrownBy(() -> moderation.proposeQuote(id, "  "))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.problems().getFirst().messageKey()).isEqualTo("workspace.quote.error.empty"));
        assertThatThrownBy(() -> QuotePublishing.as(SECOND, () -> moderation.approveQuote(id)))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.problems().getFirst().messageKey())
                                .isEqualTo("workspace.quote.error.nothing-proposed"));
        assertThat(moderation.suggestRedactions(ORIGINAL)).isEqualTo(REDACTED);
        assertThat(quotes.usableQuote(id)).isEmpty();
    }

    @Test
    @WithMockUser(username = TestAccounts.CHILDRENS_COMMISSIONER, roles = Roles.COMMISSIONER)
    void anAdvocatesSummaryIsPublishedAsTheAdvocatesSummaryNeverAsThePersonsOwnWords() {
        ServiceSummary service = fixtures.serviceOf(Team.CHILDRENS);
        // An advocate sends it, summarising what the person said (decision 0007).
        advocates.ensureAdvocates();
        OnBehalfSubmission summarised = new OnBehalfSubmission(
                UUID.randomUUID().toString(),
                service.id(),
                null,
                RespondentGroup.LDA_ADULT,
                PersonsAge.AGE_19_25,
                Wording.EASY_READ,
                advocates.firstQuestionsAnswered(RatingAnswer.OK),
                "He finds the room too noisy",
                WordsSource.ADVOCATE_SUMMARY,
                null,
                null,
                ConsentBasis.OWN_VERBAL,
                null,
                false,
                false,
                Set.of(GatheringMethod.CONVERSATION),
                ReadBack.AGREED);
        long id = idOf(SignedIn.as(AdvocacyFixtures.JO, Roles.ADVOCATE, () -> advocacy.submit(summarised))
                .referenceCode());

        assertThat(moderation.moderation(id).wordsAvailable()).isEqualTo(QuoteWords.ADVOCATE_SUMMARY);
        moderation.proposeQuote(id, "He finds the room too noisy");
        QuotePublishing.as(SECOND, () -> moderation.approveQuote(id));

        assertThat(quotes.usableQuote(id)).map(Quote::words).contains(QuoteWords.ADVOCATE_SUMMARY);
    }

    @Test
    @WithMockUser(username = TestAccounts.ADVOCATE, roles = Roles.ADVOCATE)
    void anAdvocateCannotReadQuotes() {
        assertThatThrownBy(() -> quotes.usableQuote(1)).isInstanceOf(AccessDeniedException.class);
    }

    /** The quote lines of the audit screen for the item, oldest first. */
    private List<String> auditActions(long feedbackId) {
        return SignedIn.as(
                        TestAccounts.ADMIN,
                        Roles.ADMIN,
                        () -> auditLog.search(
                                new AuditQuery(null, "quote.", "feedback", String.valueOf(feedbackId), null, null),
                                0,
                                500))
                .reversed()
                .stream()
                .filter(e -> e.objectType().equals("feedback") && e.action().startsWith("quote."))
                .map(AuditEvent::action)
                .toList();
    }

    private long idOf(String code) {
        return fixtures.idOf(code);
    }
}
