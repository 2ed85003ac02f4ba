package uk.coproduction.portal.feedback;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithMockUser;
import uk.coproduction.portal.PortalTest;
import uk.coproduction.portal.plans.PlanService;
import uk.coproduction.portal.security.Roles;
import uk.coproduction.portal.security.TestAccounts;
import uk.coproduction.portal.services.ServiceSummary;
import uk.coproduction.portal.services.Team;

import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Redaction hides the original from every quote: only moderated, approved words ever leave the workspace. */
@PortalTest
class QuoteServiceTest {

    private static final String ORIGINAL = "My worker called Sarah Jones at Oakwood School never rang back after 12 March 2026.";
    private static final String REDACTED = "My worker called [name] at [school] never rang back after [date].";

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
    JdbcTemplate jdbc;

    @BeforeEach
    void staffAccountsExist() {
        accounts.ensureStandardAccounts();
    }

    @Test
    @WithMockUser(username = TestAccounts.CHILDRENS_COMMISSIONER, roles = Roles.COMMISSIONER)
    void onlyTheRedactedTextIsEverQuotedAndNothingBeforeApproval() {
        ServiceSummary service = fixtures.serviceOf(Team.CHILDRENS);
        long id = idOf(submissions.submit(fixtures.youngPersonAbout(service, ORIGINAL)).referenceCode());
        long actionId = plans.actions().getFirst().id();
        triage.linkActions(id, Set.of(actionId));

        assertThat(moderation.moderation(id).originalWords()).isEqualTo(ORIGINAL);
        assertThat(quotes.usableQuote(id)).isEmpty();
        assertThat(quotes.usableQuotes(service.id())).noneMatch(q -> q.feedbackId() == id);

        Moderation approved = moderation.approveQuote(id, REDACTED);

        assertThat(approved.usable()).isTrue();
        assertThat(approved.approvedBy()).isEqualTo(TestAccounts.CHILDRENS_COMMISSIONER);
        assertThat(approved.approvedAt()).isNotNull();
        assertThat(quotes.usableQuote(id)).hasValueSatisfying(q -> assertThat(q.text()).isEqualTo(REDACTED));
        assertThat(quotes.usableQuotes(service.id())).filteredOn(q -> q.feedbackId() == id)
                .extracting(Quote::text).containsExactly(REDACTED);
        assertThat(quotes.usableQuotesForAction(actionId)).filteredOn(q -> q.feedbackId() == id)
                .extracting(Quote::text).containsExactly(REDACTED);
        assertThat(quotes.usableQuotes(service.id())).extracting(Quote::text).noneMatch(t -> t.contains("Sarah"));
        assertThat(moderation.moderation(id).originalWords()).as("the original is kept").isEqualTo(ORIGINAL);
    }

    @Test
    @WithMockUser(username = TestAccounts.CHILDRENS_COMMISSIONER, roles = Roles.COMMISSIONER)
    void aWithdrawnQuoteIsNoLongerUsable() {
        long id = idOf(submissions.submit(fixtures.youngPersonAbout(fixtures.serviceOf(Team.CHILDRENS), "Good club")).referenceCode());
        moderation.approveQuote(id, "Good club");

        Moderation withdrawn = moderation.withdrawQuote(id);

        assertThat(withdrawn.usable()).isFalse();
        assertThat(withdrawn.quoteText()).isNull();
        assertThat(quotes.usableQuote(id)).isEmpty();
    }

    @Test
    @WithMockUser(username = TestAccounts.CHILDRENS_COMMISSIONER, roles = Roles.COMMISSIONER)
    void safeguardingFlaggedWordsAreNeverQuotedEvenIfApprovedBefore() {
        ServiceSummary service = fixtures.serviceOf(Team.CHILDRENS);
        long id = idOf(submissions.submit(fixtures.youngPersonAbout(service, "Words later flagged")).referenceCode());
        moderation.approveQuote(id, "Words later flagged");
        jdbc.update("update feedback set safeguarding_flag = true, safeguarding_source = 'PERSON' where id = ?", id);

        assertThat(quotes.usableQuote(id)).isEmpty();
        assertThat(quotes.usableQuotes(service.id())).noneMatch(q -> q.feedbackId() == id);
    }

    @Test
    @WithMockUser(username = TestAccounts.CHILDRENS_COMMISSIONER, roles = Roles.COMMISSIONER)
    void anEmptyQuoteIsRefusedAndSuggestedRedactionsAreOnlyASuggestion() {
        long id = idOf(submissions.submit(fixtures.youngPersonAbout(fixtures.serviceOf(Team.CHILDRENS), ORIGINAL)).referenceCode());

        assertThatThrownBy(() -> moderation.approveQuote(id, "  ")).isInstanceOfSatisfying(InvalidFeedbackException.class,
                e -> assertThat(e.problems().getFirst().messageKey()).isEqualTo("workspace.quote.error.empty"));
        assertThat(moderation.suggestRedactions(ORIGINAL))
                .isEqualTo("My worker called [name] at Oakwood School never rang back after [date].");
        assertThat(quotes.usableQuote(id)).isEmpty();
    }

    @Test
    @WithMockUser(username = TestAccounts.ADVOCATE, roles = Roles.ADVOCATE)
    void anAdvocateCannotReadQuotes() {
        assertThatThrownBy(() -> quotes.usableQuote(1)).isInstanceOf(AccessDeniedException.class);
    }

    private long idOf(String code) {
        return jdbc.queryForObject("select id from feedback where reference_code = ?", Long.class, code);
    }
}
