package uk.coproduction.portal.services;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;
import uk.coproduction.portal.PortalTest;
import uk.coproduction.portal.base.security.Roles;
import uk.coproduction.portal.feedback.AwaitingReply;
import uk.coproduction.portal.feedback.FeedbackFixtures;
import uk.coproduction.portal.feedback.FeedbackReplyService;
import uk.coproduction.portal.feedback.FeedbackSubmissionService;
import uk.coproduction.portal.feedback.FeedbackTriageService;
import uk.coproduction.portal.feedback.InboxFilter;
import uk.coproduction.portal.feedback.InboxItem;
import uk.coproduction.portal.feedback.ModerationService;
import uk.coproduction.portal.feedback.ProviderFeedbackService;
import uk.coproduction.portal.feedback.QuotePublishing;
import uk.coproduction.portal.plans.ChangeService;
import uk.coproduction.portal.plans.NewChange;
import uk.coproduction.portal.plans.PlanService;
import uk.coproduction.portal.security.ServiceScope;
import uk.coproduction.portal.security.SignedIn;
import uk.coproduction.portal.security.StaffDirectory;
import uk.coproduction.portal.security.TestAccounts;
import uk.coproduction.portal.workspace.FeedbackLinkService;
import uk.coproduction.portal.workspace.ServiceListItem;
import uk.coproduction.portal.workspace.ServicePages;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Council and NHS commissioners may not see each other's restricted information: a commissioner's scope is their
 * team's services that their own organisation commissions, plus their team's jointly commissioned services.
 * Short Breaks is the council's alone, Occupational Therapy the NHS's alone, Speech and Language Therapy joint.
 */
@PortalTest
class OrganisationScopeTest {

    @Autowired
    FeedbackSubmissionService submissions;

    @Autowired
    FeedbackTriageService triage;

    @Autowired
    FeedbackReplyService replies;

    @Autowired
    FeedbackLinkService links;

    @Autowired
    ModerationService moderation;

    @Autowired
    QuotePublishing quotePublishing;

    @Autowired
    ProviderFeedbackService provider;

    @Autowired
    ServicePages servicePages;

    @Autowired
    PlanService plans;

    @Autowired
    ChangeService changes;

    @Autowired
    ServiceScope scope;

    @Autowired
    StaffDirectory staff;

    @Autowired
    FeedbackFixtures fixtures;

    @Autowired
    TestAccounts accounts;

    @Autowired
    JdbcTemplate jdbc;

    private final String marker = "scope" + UUID.randomUUID().toString().substring(0, 8);
    private long councilOnly;
    private long nhsOnly;
    private long joint;

    @BeforeEach
    void feedbackAboutThreeServices() {
        accounts.ensureStandardAccounts();
        accounts.ensureScopedAccounts();
        SignedIn.as(TestAccounts.CHILDRENS_COMMISSIONER, Roles.COMMISSIONER);
        councilOnly = submit("Short Breaks holiday clubs");
        nhsOnly = submit("Occupational Therapy");
        joint = submit("Speech and Language Therapy");
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void councilCommissionerSeesCouncilAndJointServicesButNotTheNhsOnlyOne() {
        SignedIn.as(TestAccounts.KCC_CHILDRENS_COMMISSIONER, Roles.COMMISSIONER);

        assertThat(inboxIds()).contains(councilOnly, joint).doesNotContain(nhsOnly);
        triage.open(councilOnly);
        triage.open(joint);
        assertThatThrownBy(() -> triage.open(nhsOnly)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> moderation.moderation(nhsOnly)).isInstanceOf(AccessDeniedException.class);
        assertThat(servicePages.services())
                .extracting(ServiceListItem::name)
                .contains("Short Breaks holiday clubs", "Speech and Language Therapy")
                .doesNotContain("Occupational Therapy", "Care homes");
        assertThat(servicePages.page("OCCUPATIONAL_THERAPY")).isEmpty();
        assertThat(servicePages.page("SHORT_BREAKS")).isPresent();
        assertThat(links.serviceChoices())
                .extracting(ServiceSummary::name)
                .contains("Short Breaks holiday clubs")
                .doesNotContain("Occupational Therapy");
        assertThatThrownBy(() -> links.linkServices(
                        councilOnly,
                        fixtures.serviceNamed("Occupational Therapy").id(),
                        Set.of()))
                .as("cannot move feedback into the NHS's services")
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void nhsCommissionerSeesNhsAndJointServicesButNotTheCouncilOnlyOne() {
        SignedIn.as(TestAccounts.NHS_CHILDRENS_COMMISSIONER, Roles.COMMISSIONER);

        assertThat(inboxIds()).contains(nhsOnly, joint).doesNotContain(councilOnly);
        assertThatThrownBy(() -> triage.open(councilOnly)).isInstanceOf(AccessDeniedException.class);
        assertThat(servicePages.services())
                .extracting(ServiceListItem::name)
                .contains("Occupational Therapy", "Speech and Language Therapy")
                .doesNotContain("Short Breaks holiday clubs");
        assertThat(servicePages.page("SHORT_BREAKS")).isEmpty();
    }

    @Test
    void repliesWaitingForApprovalReachOnlyCommissionersWhoseScopeCoversTheService() {
        SignedIn.as(TestAccounts.CHILDRENS_COMMISSIONER, Roles.COMMISSIONER);
        quotePublishing.publish(
                nhsOnly,
                "Good therapy",
                TestAccounts.CHILDRENS_COMMISSIONER,
                TestAccounts.SECOND_CHILDRENS_COMMISSIONER);
        SignedIn.as(TestAccounts.PROVIDER, Roles.PROVIDER);
        provider.draftReply(nhsOnly, "Thank you from the therapy team", null);
        SignedIn.as(TestAccounts.KCC_CHILDRENS_COMMISSIONER, Roles.COMMISSIONER);
        triage.reply(joint, "Thank you, we will look at this together", null);

        SignedIn.as(TestAccounts.KCC_CHILDRENS_COMMISSIONER, Roles.COMMISSIONER);
        assertThat(replies.awaitingApproval())
                .extracting(AwaitingReply::feedbackId)
                .contains(joint)
                .doesNotContain(nhsOnly);
        SignedIn.as(TestAccounts.NHS_CHILDRENS_COMMISSIONER, Roles.COMMISSIONER);
        assertThat(replies.awaitingApproval())
                .extracting(AwaitingReply::feedbackId)
                .contains(joint, nhsOnly);
    }

    @Test
    void commissionersOfAnotherTeamAndStaffWithoutTheRoleHaveNoServicesInScope() {
        SignedIn.as(TestAccounts.LDA_COMMISSIONER, Roles.COMMISSIONER);
        assertThat(inboxIds()).doesNotContain(councilOnly, nhsOnly, joint);
        assertThat(scope.commissionedBy(staff.requireCurrentStaff()))
                .doesNotContain(
                        fixtures.serviceNamed("Short Breaks holiday clubs").id());

        for (String[] who : List.of(
                new String[] {TestAccounts.PROVIDER, Roles.PROVIDER},
                new String[] {TestAccounts.BOARD, Roles.BOARD},
                new String[] {TestAccounts.ADMIN, Roles.ADMIN},
                new String[] {TestAccounts.ADVOCATE, Roles.ADVOCATE})) {
            SignedIn.as(who[0], who[1]);
            assertThat(scope.commissionedBy(staff.requireCurrentStaff()))
                    .as(who[0])
                    .isEmpty();
        }
        SignedIn.as(TestAccounts.PROVIDER, Roles.PROVIDER);
        assertThat(scope.providedBy(staff.requireCurrentStaff()))
                .as("KCHFT runs these")
                .contains(
                        fixtures.serviceNamed("Occupational Therapy").id(),
                        fixtures.serviceNamed("Speech and Language Therapy").id())
                .doesNotContain(
                        fixtures.serviceNamed("Short Breaks holiday clubs").id());
    }

    @Test
    void aChangeOnASharedPlanShowsEachCommissionerOnlyTheReferenceCodesInTheirScope() {
        SignedIn.as(TestAccounts.NHS_CHILDRENS_COMMISSIONER, Roles.COMMISSIONER);
        long action = plans.actions().stream()
                .filter(a -> a.planShortName().equals("Children's delivery plan"))
                .findFirst()
                .orElseThrow()
                .id();
        links.linkActions(nhsOnly, Set.of(action));
        long change = changes.record(new NewChange(
                        action,
                        "Therapy sessions moved nearer home",
                        null,
                        LocalDate.now(),
                        "Therapy team",
                        null,
                        Set.of(nhsOnly)))
                .id();
        String nhsCode = jdbc.queryForObject("select reference_code from feedback where id = ?", String.class, nhsOnly);
        assertThat(referencesOf(change, action)).containsExactly(nhsCode);

        SignedIn.as(TestAccounts.KCC_CHILDRENS_COMMISSIONER, Roles.COMMISSIONER);
        assertThat(referencesOf(change, action))
                .as("the council commissioner sees the change, not whose it was")
                .isEmpty();
    }

    private List<String> referencesOf(long change, long action) {
        return changes.forActions(List.of(action)).stream()
                .filter(c -> c.id() == change)
                .findFirst()
                .orElseThrow()
                .feedbackReferences();
    }

    @Test
    void aCommissionerWithoutAnOrganisationHoldsAJointTeamPostAndCoversTheWholeTeam() {
        SignedIn.as(TestAccounts.CHILDRENS_COMMISSIONER, Roles.COMMISSIONER);
        assertThat(inboxIds()).contains(councilOnly, nhsOnly, joint);
    }

    private List<Long> inboxIds() {
        InboxFilter mine = new InboxFilter(
                null, null, null, null, null, Set.of(), Set.of(), null, null, null, marker, false, false);
        return triage.inbox(mine, 0, 50).stream().map(InboxItem::id).toList();
    }

    private long submit(String serviceName) {
        String code = submissions
                .submit(fixtures.youngPersonAbout(
                        fixtures.serviceNamed(serviceName), "About " + serviceName + " " + marker))
                .referenceCode();
        return jdbc.queryForObject("select id from feedback where reference_code = ?", Long.class, code);
    }
}
