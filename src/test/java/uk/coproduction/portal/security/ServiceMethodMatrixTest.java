package uk.coproduction.portal.security;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import uk.coproduction.portal.PortalTest;
import uk.coproduction.portal.advocacy.AdvocacyService;
import uk.coproduction.portal.advocacy.AdvocateAccounts;
import uk.coproduction.portal.api.FiguresFeed;
import uk.coproduction.portal.audit.AuditQuery;
import uk.coproduction.portal.audit.AuditSearch;
import uk.coproduction.portal.base.security.Roles;
import uk.coproduction.portal.exports.EvidenceExports;
import uk.coproduction.portal.exports.ExportFormat;
import uk.coproduction.portal.feedback.FeedbackFixtures;
import uk.coproduction.portal.feedback.FeedbackReplyService;
import uk.coproduction.portal.feedback.FeedbackSubmissionService;
import uk.coproduction.portal.feedback.FeedbackTriageService;
import uk.coproduction.portal.feedback.ModerationService;
import uk.coproduction.portal.feedback.ProviderFeedbackService;
import uk.coproduction.portal.imports.CsvImportService;
import uk.coproduction.portal.outcomes.IndicatorKind;
import uk.coproduction.portal.outcomes.OutcomeHistories;
import uk.coproduction.portal.outcomes.OutcomeIndicators;
import uk.coproduction.portal.outcomes.OutcomeValueImport;
import uk.coproduction.portal.packs.EvidencePacks;
import uk.coproduction.portal.plans.ChangeService;
import uk.coproduction.portal.plans.NewChange;
import uk.coproduction.portal.plans.NewPlanYear;
import uk.coproduction.portal.plans.PlanAdministration;
import uk.coproduction.portal.privacy.MyDataService;
import uk.coproduction.portal.reporting.CharterScores;
import uk.coproduction.portal.reporting.EvidenceFilter;
import uk.coproduction.portal.reporting.HeadlineFigures;
import uk.coproduction.portal.reporting.ServiceDashboard;
import uk.coproduction.portal.representation.PopulationFigures;
import uk.coproduction.portal.representation.Representation;
import uk.coproduction.portal.safeguarding.SafeguardingFlags;
import uk.coproduction.portal.safeguarding.SafeguardingService;
import uk.coproduction.portal.safeguarding.SafetyBursts;
import uk.coproduction.portal.services.ServiceForm;
import uk.coproduction.portal.services.ServiceRegister;
import uk.coproduction.portal.services.Team;
import uk.coproduction.portal.themes.ThemeService;
import uk.coproduction.portal.workspace.FeedbackLinkService;
import uk.coproduction.portal.workspace.ServicePages;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The method half of the role matrix: the key application services called as each kind of visitor, each
 * expected to refuse (AccessDeniedException) or let the call through, from the table below. A call "let through"
 * may still fail afterwards for an ordinary reason (no such item, invalid input): that shows the security
 * boundary was passed, without changing any data.
 */
@PortalTest
class ServiceMethodMatrixTest {

    private static final Set<String> EVERYONE = Set.copyOf(RoleMatrixReport.WHO);
    /** Suppressed aggregates, never identifiable: commissioners, board members and administrators. */
    private static final Set<String> AGGREGATES = Set.of(Roles.COMMISSIONER, Roles.BOARD, Roles.ADMIN);

    /** The accounts each role's calls run as (real accounts: services look the signed-in person up). */
    private static final Map<String, String> ACCOUNT = Map.of(
            Roles.ADVOCATE, TestAccounts.ADVOCATE,
            Roles.COMMISSIONER, TestAccounts.CHILDRENS_COMMISSIONER,
            Roles.SAFEGUARDING_LEAD, TestAccounts.SAFEGUARDING_LEAD,
            Roles.ADMIN, TestAccounts.ADMIN,
            Roles.PROVIDER, TestAccounts.PROVIDER,
            Roles.BOARD, TestAccounts.BOARD);

    private record Call(String name, Set<String> allowed, Runnable call) {}

    @Autowired
    TestAccounts accounts;

    @Autowired
    FeedbackFixtures fixtures;

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
    ServiceRegister serviceRegister;

    @Autowired
    PlanAdministration planAdministration;

    @Autowired
    ChangeService changes;

    @Autowired
    SafeguardingService safeguarding;

    @Autowired
    SafeguardingFlags flags;

    @Autowired
    AuditSearch audit;

    @Autowired
    MyDataService myData;

    @Autowired
    ThemeService themes;

    @Autowired
    CsvImportService imports;

    @Autowired
    ProviderFeedbackService provider;

    @Autowired
    AdvocateAccounts advocateAccounts;

    @Autowired
    AdvocacyService advocacy;

    @Autowired
    HeadlineFigures figures;

    @Autowired
    ServicePages servicePages;

    @Autowired
    CharterScores charterScores;

    @Autowired
    ServiceDashboard dashboard;

    @Autowired
    EvidencePacks packs;

    @Autowired
    EvidenceExports exports;

    @Autowired
    FiguresFeed figuresFeed;

    @Autowired
    OutcomeIndicators indicators;

    @Autowired
    OutcomeHistories outcomeHistories;

    @Autowired
    OutcomeValueImport outcomeValueImport;

    @Autowired
    Representation representation;

    @Autowired
    PopulationFigures populations;

    @Autowired
    SafetyBursts safetyBursts;

    @BeforeEach
    void accountsExist() {
        accounts.ensureStandardAccounts();
        accounts.ensureScopedAccounts();
    }

    private List<Call> calls() {
        long noSuchItem = -1;
        return List.of(
                new Call(
                        "FeedbackSubmissionService.submit (feedback form)",
                        EVERYONE,
                        () -> submissions.submit(
                                fixtures.youngPersonAbout(fixtures.serviceOf(Team.CHILDRENS), "x".repeat(20_000)))),
                new Call(
                        "FeedbackTriageService.inbox (triage)",
                        Set.of(Roles.COMMISSIONER),
                        () -> triage.inbox(List.of(), 0, 1)),
                new Call(
                        "FeedbackTriageService.open (identifiable item)",
                        Set.of(Roles.COMMISSIONER),
                        () -> triage.open(noSuchItem)),
                new Call(
                        "FeedbackTriageService.reply (send a reply)",
                        Set.of(Roles.COMMISSIONER),
                        () -> triage.reply(noSuchItem, "Thank you", null)),
                new Call(
                        "FeedbackReplyService.approve (approve a reply)",
                        Set.of(Roles.COMMISSIONER),
                        () -> replies.approve(noSuchItem, "Thank you", null)),
                new Call(
                        "FeedbackReplyService.awaitingApproval",
                        Set.of(Roles.COMMISSIONER),
                        () -> replies.awaitingApproval()),
                new Call(
                        "FeedbackLinkService.linkActions (link)",
                        Set.of(Roles.COMMISSIONER),
                        () -> links.linkActions(noSuchItem, Set.of())),
                new Call(
                        "ModerationService.proposeQuote (propose a quote)",
                        Set.of(Roles.COMMISSIONER),
                        () -> moderation.proposeQuote(noSuchItem, "words")),
                new Call(
                        "ModerationService.approveQuote (publish a quote)",
                        Set.of(Roles.COMMISSIONER),
                        () -> moderation.approveQuote(noSuchItem)),
                new Call(
                        "ChangeService.record (record a change)",
                        Set.of(Roles.COMMISSIONER),
                        () -> changes.record(
                                new NewChange(noSuchItem, "x", null, LocalDate.now(), "x", null, Set.of()))),
                new Call(
                        "SafeguardingFlags.flag (flag a concern)",
                        Set.of(Roles.COMMISSIONER),
                        () -> flags.flag(noSuchItem, "worried")),
                new Call(
                        "SafeguardingService.queue (safeguarding queue)",
                        Set.of(Roles.SAFEGUARDING_LEAD),
                        () -> safeguarding.queue()),
                new Call(
                        "SafetyBursts.bursts (possible bursts)",
                        Set.of(Roles.SAFEGUARDING_LEAD),
                        () -> safetyBursts.bursts()),
                new Call(
                        "SafetyBursts.clear (clear a burst)",
                        Set.of(Roles.SAFEGUARDING_LEAD),
                        () -> safetyBursts.clear(noSuchItem, "not a burst")),
                new Call(
                        "AuditSearch.search (audit log)",
                        Set.of(Roles.ADMIN),
                        () -> audit.search(AuditQuery.ALL, 0, 1)),
                new Call(
                        "MyDataService.waitingRequests (erasure requests)",
                        Set.of(Roles.ADMIN),
                        () -> myData.waitingRequests()),
                new Call(
                        "MyDataService.erasureRequests (erasure outcomes)",
                        Set.of(Roles.ADMIN),
                        () -> myData.erasureRequests()),
                new Call(
                        "MyDataService.previewErasure (person after a second proof)",
                        EVERYONE,
                        () -> myData.previewErasure("not-an-access")),
                new Call(
                        "MyDataService.confirmErasure (person after a second proof)",
                        EVERYONE,
                        () -> myData.confirmErasure("not-an-access", "not-a-confirmation")),
                new Call("MyDataService.carryOut (erase)", Set.of(Roles.ADMIN), () -> myData.carryOut(noSuchItem)),
                new Call(
                        "MyDataService.lookUp (person with their reference code)",
                        EVERYONE,
                        () -> myData.lookUp("NOCODE1")),
                new Call(
                        "MyDataService.dataHeld (person after a second proof)",
                        EVERYONE,
                        () -> myData.dataHeld("not-an-access")),
                new Call("ThemeService.addTheme (theme admin)", Set.of(Roles.ADMIN), () -> themes.addTheme("", "")),
                new Call(
                        "ServiceRegister.add (services register)",
                        Set.of(Roles.ADMIN),
                        () -> serviceRegister.add(new ServiceForm(
                                "", "", null, null, null, "", null, null, false, null, null, null, null, null))),
                new Call(
                        "PlanAdministration.newPlanYear (plans)",
                        Set.of(Roles.ADMIN),
                        () -> planAdministration.newPlanYear("", new NewPlanYear("", "", ""))),
                new Call("CsvImportService.history (import)", Set.of(Roles.COMMISSIONER), () -> imports.history()),
                new Call(
                        "ProviderFeedbackService.moderatedFeedback",
                        Set.of(Roles.PROVIDER),
                        () -> provider.moderatedFeedback()),
                new Call(
                        "ProviderFeedbackService.draftReply",
                        Set.of(Roles.PROVIDER),
                        () -> provider.draftReply(noSuchItem, "Thank you", null)),
                new Call(
                        "AdvocateAccounts.advocates (staff accounts)",
                        Set.of(Roles.ADMIN),
                        () -> advocateAccounts.advocates()),
                new Call(
                        "AdvocacyService.caseload (advocate's caseload)",
                        Set.of(Roles.ADVOCATE),
                        () -> advocacy.caseload()),
                new Call("HeadlineFigures.forMe (my figures)", Set.of(Roles.COMMISSIONER), () -> figures.forMe()),
                new Call(
                        "ServicePages.services (service list)",
                        Set.of(Roles.COMMISSIONER, Roles.ADMIN),
                        () -> servicePages.services()),
                new Call(
                        "CharterScores.scores (aggregate charter scores)",
                        AGGREGATES,
                        () -> charterScores.scores(
                                EvidenceFilter.forService("NO_SUCH_SERVICE"), CharterScores.Dimension.OVERALL)),
                new Call(
                        "ServiceDashboard.replies (dashboard figures)",
                        AGGREGATES,
                        () -> dashboard.replies(EvidenceFilter.forService("NO_SUCH_SERVICE"))),
                new Call(
                        "Representation.report (who we are not hearing from)",
                        AGGREGATES,
                        () -> representation.report(EvidenceFilter.forService("NO_SUCH_SERVICE"))),
                new Call("EvidencePacks.choices (evidence packs)", AGGREGATES, () -> packs.choices()),
                new Call("FiguresFeed.services (figures API)", AGGREGATES, () -> figuresFeed.services()),
                new Call(
                        "EvidenceExports.feedbackRows (row-level export)",
                        Set.of(Roles.COMMISSIONER, Roles.ADMIN),
                        () -> exports.feedbackRows(
                                EvidenceFilter.forService("NO_SUCH_SERVICE"), ExportFormat.CSV, null)),
                new Call(
                        "OutcomeIndicators.update (indicator values)",
                        Set.of(Roles.ADMIN),
                        () -> indicators.update(IndicatorKind.CYP_INDICATOR, noSuchItem, null)),
                new Call(
                        "OutcomeHistories.forService (indicator histories)",
                        AGGREGATES,
                        () -> outcomeHistories.forService(noSuchItem, Locale.UK)),
                new Call(
                        "OutcomeHistories.record (a dated indicator value)",
                        Set.of(Roles.ADMIN),
                        () -> outcomeHistories.record(IndicatorKind.CYP_INDICATOR, noSuchItem, null)),
                new Call(
                        "OutcomeValueImport.confirm (indicator values from CSV)",
                        Set.of(Roles.ADMIN),
                        () -> outcomeValueImport.confirm("empty.csv", new byte[0])),
                new Call(
                        "PopulationFigures.add (population figures)",
                        Set.of(Roles.ADMIN),
                        () -> populations.add(null)));
    }

    @Test
    void eachKeyServiceMethodRefusesEveryRoleTheMatrixDoesNotName() {
        List<String> rows = new ArrayList<>();
        List<List<String>> cells = new ArrayList<>();
        List<String> wrong = new ArrayList<>();
        for (Call call : calls()) {
            List<String> row = new ArrayList<>();
            for (String who : RoleMatrixReport.WHO) {
                boolean allowed = runsAs(who, call.call());
                row.add(allowed ? "allowed" : "denied");
                if (allowed != call.allowed().contains(who)) {
                    wrong.add(call.name() + " as " + who + ": " + (allowed ? "allowed" : "denied"));
                }
            }
            rows.add(call.name());
            cells.add(row);
        }
        RoleMatrixReport.write(
                "2-methods",
                "Application service methods",
                "Checked by `ServiceMethodMatrixTest`: each method called as each visitor (" + rows.size()
                        + " methods × " + RoleMatrixReport.WHO.size() + "). \"denied\" = AccessDeniedException at the "
                        + "service's `@PreAuthorize`; \"allowed\" = the security boundary let the call through.",
                RoleMatrixReport.table("method", rows, cells));
        assertThat(wrong).as("methods whose access differs from the matrix").isEmpty();
    }

    /** True when the call got past the security boundary; false when it was refused for who is calling. */
    private boolean runsAs(String who, Runnable call) {
        SecurityContext before = SecurityContextHolder.getContext();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(authentication(who));
        SecurityContextHolder.setContext(context);
        try {
            call.run();
            return true;
        } catch (AccessDeniedException | AuthenticationException refused) {
            return false;
        } catch (RuntimeException ordinaryFailure) {
            return true;
        } finally {
            SecurityContextHolder.setContext(before);
        }
    }

    private static Authentication authentication(String who) {
        if (who.equals("anonymous")) {
            return new AnonymousAuthenticationToken(
                    "matrix", "anonymousUser", AuthorityUtils.createAuthorityList("ROLE_ANONYMOUS"));
        }
        return UsernamePasswordAuthenticationToken.authenticated(
                ACCOUNT.get(who), null, AuthorityUtils.createAuthorityList("ROLE_" + who));
    }
}
