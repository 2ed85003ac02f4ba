package uk.coproduction.portal;

import com.tngtech.archunit.ArchConfiguration;
import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The module map of decision 0043, checked on the compiled classes. A module is a top-level package under
 * {@code uk.coproduction.portal} with everything below it ({@code feedback} and {@code feedback.ui} are one module),
 * as ArchUnit's {@code slices().matching("uk.coproduction.portal.(*)..")} cuts them.
 * <p>
 * The target is no cycle between modules and a {@code base} that uses no feature. Until the knot of issue 16 is
 * untied, this is a ratchet: {@link #STILL_IN_A_CYCLE} and {@link #BASE_STILL_USES} list the dependencies that may
 * still take part, each with the class that causes it. A dependency not listed that closes a cycle fails the build
 * (a new cycle), and so does a listed one that no longer exists or no longer closes a cycle (delete its line: the
 * lists only shrink).
 */
class ModuleCyclesTest {

    private static final String PORTAL = "uk.coproduction.portal";

    /**
     * Dependencies between modules that still close a cycle: "from -> to", then the classes that cause it. Each line
     * removed is a cycle broken; never add one (break the cycle instead: move the type to {@code base}, or let the
     * lower module publish an event or declare an interface the higher one implements).
     */
    private static final Set<String> STILL_IN_A_CYCLE = Set.of(new String[] {
            "activities -> audit", // activities.ActivityService uses audit.AuditLog; activities.EventAnswersService uses audit.AuditLog
            "activities -> base", // activities.ActivityPage uses base.AgeBand; activities.ActivityPage uses base.RespondentGroup; +32 more
            "activities -> feedback", // activities.EventAnswersService uses feedback.Channel; activities.EventAnswersService uses feedback.ContactRequest; +9 more
            "activities -> plans", // activities.ActivityChoices uses plans.ActionSummary; activities.ActivityService uses plans.ActionStatus; +2 more
            "activities -> security", // activities.ActivityScope uses security.StaffIdentity; activities.ActivityService uses security.StaffDirectory; +5 more
            "activities -> services", // activities.Activity uses services.CommissionedService; activities.Activity uses services.CycleStage; +18 more
            "advocacy -> audit", // advocacy.AdvocacyService uses audit.AuditLog; advocacy.AdvocateAccounts uses audit.AuditLog
            "advocacy -> base", // advocacy.AdvocacyService uses base.InvalidInputException; advocacy.AdvocacyService uses base.TextInput; +22 more
            "advocacy -> feedback", // advocacy.AdvocacyEvidence uses feedback.FeedbackScope; advocacy.AdvocacyService uses feedback.Channel; +19 more
            "advocacy -> security", // advocacy.AdvocacyEvidence uses security.StaffDirectory; advocacy.AdvocacyService uses security.StaffAccount; +6 more
            "advocacy -> services", // advocacy.AdvocacyEvidence uses services.Organisation; advocacy.AdvocacyEvidence uses services.OrganisationRepository; +10 more
            "api -> base", // api.FiguresApiController uses base.calendar.Quarter; api.FiguresFeed uses base.calendar.Quarter
            "api -> evidence", // api.FiguresFeed uses evidence.CharterScores; api.FiguresFeed uses evidence.EvidenceFilter; +2 more
            "api -> services", // api.FiguresFeed uses services.FiguresReach; api.FiguresFeed uses services.Team
            "audit -> base", // audit.AuditSearch uses base.CsvSafety; audit.AuditSearch uses base.InvalidInputException; +4 more
            "audit -> mail", // audit.AuditChainCheckJob uses mail.MessageKind; audit.AuditChainCheckJob uses mail.Outbox
            "audit -> security", // audit.AuditLog uses security.StaffDirectory; audit.AuditLog uses security.StaffIdentity
            "base -> activities", // base.ui.StaffLayout uses activities.ui.ActivitiesView
            "base -> advocacy", // base.ui.StaffLayout uses advocacy.ui.AdvocatesAdminView; base.ui.StaffLayout uses advocacy.ui.CaseloadView; +1 more
            "base -> audit", // base.ui.StaffLayout uses audit.ui.AuditView
            "base -> campaigns", // base.ui.StaffLayout uses campaigns.ui.CampaignsView
            "base -> evidence", // base.ui.StaffLayout uses evidence.packs.ui.PacksView; base.ui.StaffLayout uses evidence.ui.DashboardView; +1 more
            "base -> exports", // base.ui.StaffLayout uses exports.ui.ExportView
            "base -> feedback", // base.ui.PublicLayout uses feedback.ui.QuickExit; base.ui.PublicLayout uses feedback.ui.StartFeedbackView; +5 more
            "base -> help", // base.ui.PublicLayout uses help.ui.AccessibilityView; base.ui.PublicLayout uses help.ui.DisplaySettingsView; +2 more
            "base -> home", // base.ui.PublicLayout uses home.ui.HomeView
            "base -> imports", // base.ui.StaffLayout uses imports.ui.CsvImportView
            "base -> mail", // base.ui.StaffLayout uses mail.ui.OutboxView
            "base -> notifications", // base.ui.StaffLayout uses notifications.ui.StaffSettingsView
            "base -> outcomes", // base.ui.StaffLayout uses outcomes.ui.OutcomesDashboardView; base.ui.StaffLayout uses outcomes.ui.OutcomesEditView
            "base -> plans", // base.ui.StaffLayout uses plans.ui.PlansView
            "base -> privacy", // base.ui.StaffLayout uses privacy.ui.ErasureRequestsView
            "base -> recommissioning", // base.ui.StaffLayout uses recommissioning.ui.RecommissioningView
            "base -> representation", // base.ui.StaffLayout uses representation.ui.PopulationView; base.ui.StaffLayout uses representation.ui.RepresentationView
            "base -> safeguarding", // base.ui.PublicLayout uses safeguarding.ui.SafetyView; base.ui.StaffLayout uses safeguarding.SafeguardingService; +2 more
            "base -> security", // base.ui.PublicLayout uses security.ui.StaffHomeView; base.ui.StaffLayout uses security.StaffDirectory; +3 more
            "base -> services", // base.ui.StaffLayout uses services.ui.ServiceRegisterView; base.ui.StaffLayout uses services.ui.ServicesView
            "base -> themes", // base.ui.StaffLayout uses themes.ui.ThemesView
            "campaigns -> audit", // campaigns.CampaignService uses audit.AuditLog
            "campaigns -> base", // campaigns.CampaignService uses base.RespondentGroup; campaigns.CampaignService uses base.calendar.Quarter; +7 more
            "campaigns -> evidence", // campaigns.CampaignFigures uses evidence.SmallNumbers; campaigns.CampaignService uses evidence.EvidenceFilter; +3 more
            "campaigns -> feedback", // campaigns.ui.CampaignArrivalView uses feedback.ui.StartFeedbackView
            "campaigns -> security", // campaigns.CampaignService uses security.StaffDirectory; campaigns.CampaignService uses security.StaffIdentity
            "campaigns -> services", // campaigns.CampaignService uses services.CommissionedService; campaigns.CampaignService uses services.CommissionedServiceRepository; +2 more
            "evidence -> activities", // evidence.ServiceDashboard uses activities.LundyAnswer; evidence.ui.DashboardView uses activities.LundyAnswer
            "evidence -> audit", // evidence.packs.EvidencePacks uses audit.AuditLog
            "evidence -> base", // evidence.EvidenceFilter uses base.AgeBand; evidence.EvidenceFilter uses base.RespondentGroup; +30 more
            "evidence -> feedback", // evidence.EvidenceFilter uses feedback.Channel; evidence.EvidenceSql uses feedback.Channel; +4 more
            "evidence -> outcomes", // evidence.packs.PackContents uses outcomes.Indicator; evidence.packs.PackContents uses outcomes.IndicatorHistory; +8 more
            "evidence -> security", // evidence.FigureScope uses security.StaffDirectory; evidence.HeadlineFigures uses security.StaffDirectory; +3 more
            "evidence -> services", // evidence.EvidenceFilter uses services.Team; evidence.EvidenceSql uses services.Team; +21 more
            "exports -> api", // exports.ui.ExportView uses api.FiguresFeed
            "exports -> audit", // exports.EvidenceExports uses audit.AuditLog
            "exports -> base", // exports.TableWriter uses base.CsvSafety; exports.ui.ExportView uses base.calendar.Quarter; +1 more
            "exports -> evidence", // exports.EvidenceExports uses evidence.CharterScores; exports.EvidenceExports uses evidence.EvidenceFilter; +5 more
            "exports -> outcomes", // exports.ui.ExportView uses outcomes.ui.FilterForm
            "exports -> security", // exports.EvidenceExports uses security.StaffDirectory; exports.EvidenceExports uses security.StaffIdentity; +2 more
            "exports -> services", // exports.EvidenceExports uses services.ServiceScope; exports.ui.ExportView uses services.ServiceCatalogue
            "feedback -> advocacy", // feedback.ui.AdvocacySection uses advocacy.AdvocacyDetails; feedback.ui.AdvocacySection uses advocacy.AdvocacyEvidence; +5 more
            "feedback -> audit", // feedback.FeedbackLinkService uses audit.AuditLog; feedback.FeedbackReplyService uses audit.AuditLog; +4 more
            "feedback -> base", // feedback.ContactDetails uses base.InvalidInputException; feedback.ContactDetails uses base.TextInput; +103 more
            "feedback -> frontline", // feedback.ui.FeedbackDetailView uses frontline.FrontlineViewsService; feedback.ui.FeedbackDetailView uses frontline.ui.FrontlineSection
            "feedback -> mail", // feedback.FeedbackReplies uses mail.Outbox; feedback.FeedbackReplyService uses mail.Outbox; +2 more
            "feedback -> plans", // feedback.FeedbackDetail uses plans.ActionSummary; feedback.FeedbackLinkService uses plans.ChangeService; +20 more
            "feedback -> representation", // feedback.ui.SentView uses representation.ui.EqualityInvitation
            "feedback -> safeguarding", // feedback.ui.FeedbackDetailView uses safeguarding.SafeguardingFlags; feedback.ui.FeedbackDetailView uses safeguarding.ui.FlagConcernSection
            "feedback -> security", // feedback.FeedbackLinkService uses security.StaffDirectory; feedback.FeedbackLinkService uses security.StaffIdentity; +12 more
            "feedback -> services", // feedback.Feedback uses services.Area; feedback.Feedback uses services.CommissionedService; +39 more
            "feedback -> themes", // feedback.InboxSpecifications uses themes.FeedbackTheme; feedback.ui.FeedbackDetailView uses themes.ThemeService; +6 more
            "frontline -> base", // frontline.FrontlineReceipt uses base.calendar.Quarter; frontline.FrontlineSubmission uses base.calendar.Quarter; +15 more
            "frontline -> feedback", // frontline.FrontlineSubmission uses feedback.RatingAnswer; frontline.FrontlineViewsService uses feedback.Channel; +11 more
            "frontline -> security", // frontline.FrontlineViewsService uses security.StaffDirectory
            "frontline -> services", // frontline.FrontlineViewsService uses services.CommissionedService; frontline.FrontlineViewsService uses services.CommissionedServiceRepository; +2 more
            "help -> base", // help.ui.DisplaySettingsView uses base.ui.Pictures; help.ui.HelpView uses base.ui.ForeignWords; +5 more
            "help -> feedback", // help.ui.AccessibilityView uses feedback.ui.StartFeedbackView
            "help -> safeguarding", // help.ui.HelpView uses safeguarding.ui.SafetyView
            "home -> feedback", // home.ui.HomeView uses feedback.ui.StartFeedbackView; home.ui.HomeView uses feedback.ui.TrackFeedbackView
            "home -> yousaid", // home.ui.HomeView uses yousaid.ui.YouSaidWeDidListView
            "imports -> audit", // imports.CsvImportService uses audit.AuditLog
            "imports -> base", // imports.CsvImportService uses base.TextInput; imports.CsvImportService uses base.calendar.WorkingDays; +10 more
            "imports -> feedback", // imports.CsvImportService uses feedback.ContactRequest; imports.CsvImportService uses feedback.DisclosureCheck; +8 more
            "imports -> security", // imports.CsvImportService uses security.StaffDirectory; imports.CsvImportService uses security.StaffIdentity
            "imports -> services", // imports.CsvImportService uses services.Area; imports.CsvImportService uses services.AreaRepository; +5 more
            "mail -> audit", // mail.OutboxAdministration uses audit.AuditLog
            "mail -> base", // mail.ui.OutboxView uses base.ui.DisplayDates; mail.ui.OutboxView uses base.ui.StaffLayout
            "notifications -> audit", // notifications.NotificationSettings uses audit.AuditLog
            "notifications -> base", // notifications.DailyDigests uses base.calendar.WorkingDays; notifications.DigestEmail uses base.i18n.Languages; +2 more
            "notifications -> mail", // notifications.DailyDigests uses mail.MessageKind; notifications.DailyDigests uses mail.Outbox
            "notifications -> security", // notifications.DailyDigests uses security.StaffIdentity; notifications.NotificationSettings uses security.StaffDirectory; +1 more
            "notifications -> services", // notifications.DailyDigests uses services.ServiceScope; notifications.DailyDigests uses services.Team; +1 more
            "outcomes -> api", // outcomes.ui.FilterForm uses api.ServiceRow; outcomes.ui.OutcomesDashboardView uses api.FiguresFeed
            "outcomes -> audit", // outcomes.OutcomeHistories uses audit.AuditLog; outcomes.OutcomeIndicators uses audit.AuditLog; +1 more
            "outcomes -> base", // outcomes.OutcomeHistories uses base.InvalidInputException; outcomes.OutcomeIndicators uses base.InvalidInputException; +16 more
            "outcomes -> evidence", // outcomes.OutcomeHistoryChart uses evidence.charts.ChartSvg; outcomes.OutcomeHistoryChart uses evidence.charts.ChartText; +10 more
            "outcomes -> feedback", // outcomes.ui.FilterForm uses feedback.Channel
            "outcomes -> security", // outcomes.OutcomeHistories uses security.StaffDirectory; outcomes.OutcomeHistories uses security.StaffIdentity; +4 more
            "outcomes -> services", // outcomes.OutcomesDashboard uses services.FiguresReach; outcomes.OutcomesDashboard uses services.Team; +3 more
            "plans -> audit", // plans.ChangeService uses audit.AuditLog; plans.PlanAdministration uses audit.AuditLog; +1 more
            "plans -> base", // plans.ChangeService uses base.InvalidInputException; plans.ChangeService uses base.TextInput; +13 more
            "plans -> evidence", // plans.ui.PlanView uses evidence.SmallNumbers; plans.ui.PlanView uses evidence.packs.ui.PacksView
            "plans -> feedback", // plans.ChangeService uses feedback.Feedback; plans.ChangeService uses feedback.FeedbackRepository; +1 more
            "plans -> outcomes", // plans.ui.PlanView uses outcomes.OutcomeHistories; plans.ui.PlanView uses outcomes.ui.IndicatorHistoryPanel
            "plans -> security", // plans.ChangeService uses security.StaffDirectory; plans.ChangeService uses security.StaffIdentity; +4 more
            "plans -> services", // plans.ChangeService uses services.ServiceScope; plans.ChangeService uses services.Team; +11 more
            "privacy -> audit", // privacy.MyDataService uses audit.AuditLog; privacy.RetentionJob uses audit.AuditLog
            "privacy -> base", // privacy.DataHeld uses base.AgeBand; privacy.DataHeld uses base.RespondentGroup; +12 more
            "privacy -> feedback", // privacy.DataHeld uses feedback.Channel; privacy.DataHeld uses feedback.FeedbackStatus; +13 more
            "privacy -> mail", // privacy.MyDataService uses mail.Outbox
            "privacy -> security", // privacy.MyDataService uses security.StaffDirectory; privacy.MyDataService uses security.StaffIdentity
            "privacy -> services", // privacy.MyDataService uses services.Area; privacy.MyDataService uses services.CommissionedService
            "recommissioning -> api", // recommissioning.ui.RecommissioningView uses api.FiguresFeed
            "recommissioning -> base", // recommissioning.RecommissioningEvidence uses base.RespondentGroup; recommissioning.RecommissioningEvidence uses base.calendar.Quarter; +5 more
            "recommissioning -> evidence", // recommissioning.RecommissioningEvidence uses evidence.EvidenceFilter; recommissioning.RecommissioningEvidence uses evidence.EvidenceSql; +5 more
            "recommissioning -> outcomes", // recommissioning.ui.RecommissioningView uses outcomes.ui.FilterForm
            "recommissioning -> services", // recommissioning.RecommissioningEvidence uses services.CycleStage; recommissioning.RecommissioningEvidence uses services.Team; +4 more
            "representation -> audit", // representation.PopulationFigures uses audit.AuditLog
            "representation -> base", // representation.EqualityMonitoring uses base.AgeBand; representation.EqualityMonitoring uses base.InvalidInputException; +30 more
            "representation -> evidence", // representation.Representation uses evidence.EvidenceFilter; representation.Representation uses evidence.EvidenceSql; +6 more
            "representation -> feedback", // representation.EqualityMonitoring uses feedback.HoldCleared; representation.EqualityMonitoring uses feedback.HoldForReview; +2 more
            "representation -> home", // representation.ui.EqualityView uses home.ui.HomeView
            "representation -> security", // representation.PopulationFigures uses security.StaffDirectory; representation.PopulationFigures uses security.StaffIdentity
            "representation -> services", // representation.PopulationEntry uses services.Team; representation.PopulationFigure uses services.Team; +4 more
            "safeguarding -> audit", // safeguarding.SafeguardingAlerts uses audit.AuditLog; safeguarding.SafeguardingEscalation uses audit.AuditLog; +3 more
            "safeguarding -> base", // safeguarding.AcknowledgeTimes uses base.calendar.WorkingDays; safeguarding.SafeguardingCase uses base.RespondentGroup; +20 more
            "safeguarding -> feedback", // safeguarding.AcknowledgeTimes uses feedback.SafeguardingSource; safeguarding.ArrivalMark uses feedback.DisclosureTier; +33 more
            "safeguarding -> mail", // safeguarding.SafeguardingAlerts uses mail.Outbox; safeguarding.SafeguardingEscalation uses mail.Outbox
            "safeguarding -> security", // safeguarding.SafeguardingFlags uses security.StaffDirectory; safeguarding.SafeguardingFlags uses security.StaffIdentity; +4 more
            "security -> advocacy", // security.ui.StaffHomeView uses advocacy.ui.CaseloadView; security.ui.StaffHomeView uses advocacy.ui.OnBehalfView
            "security -> audit", // security.InitialAdministrator uses audit.AuditLog; security.OwnPassword uses audit.AuditLog; +6 more
            "security -> base", // security.InitialAdministrator uses base.InvalidInputException; security.OwnPassword uses base.InvalidInputException; +11 more
            "security -> evidence", // security.ui.StaffHomeView uses evidence.HeadlineFigures; security.ui.StaffHomeView uses evidence.ui.FiguresList
            "security -> feedback", // security.ui.StaffHomeView uses feedback.ui.InboxView; security.ui.StaffHomeView uses feedback.ui.ProviderFeedbackView
            "security -> home", // security.ui.LoginView uses home.ui.HomeView
            "security -> mail", // security.SignInAttempts uses mail.Outbox
            "security -> plans", // security.ui.StaffHomeView uses plans.ui.PlansView
            "security -> safeguarding", // security.ui.StaffHomeView uses safeguarding.SafeguardingService; security.ui.StaffHomeView uses safeguarding.ui.SafeguardingAlert; +1 more
            "security -> services", // security.StaffAccount uses services.Organisation; security.StaffAccount uses services.Team; +10 more
            "services -> activities", // services.ui.ServiceView uses activities.ActivityService; services.ui.ServiceView uses activities.ui.ServiceActivitiesSection
            "services -> audit", // services.ServiceCatalogue uses audit.AuditLog; services.ServiceRegister uses audit.AuditLog
            "services -> base", // services.ServiceCatalogue uses base.InvalidInputException; services.ServiceRegister uses base.InvalidInputException; +11 more
            "services -> evidence", // services.ServiceListItem uses evidence.Figures; services.ServicePage uses evidence.Figures; +9 more
            "services -> feedback", // services.ui.ServiceView uses feedback.ui.FeedbackDetailView; services.ui.ServiceView uses feedback.ui.ReceivedLate
            "services -> outcomes", // services.ui.ServiceView uses outcomes.OutcomeHistories; services.ui.ServiceView uses outcomes.ui.IndicatorHistoryPanel
            "services -> plans", // services.ServicePage uses plans.ChangeSummary; services.ServicePages uses plans.ChangeService; +2 more
            "services -> security", // services.ServicePages uses security.StaffDirectory; services.ServicePages uses security.StaffIdentity; +3 more
            "themes -> audit", // themes.ThemeService uses audit.AuditLog
            "themes -> base", // themes.ThemeService uses base.InvalidInputException; themes.ui.ThemesView uses base.InvalidInputException; +1 more
            "themes -> feedback", // themes.ThemeService uses feedback.Feedback; themes.ThemeService uses feedback.FeedbackScope
            "themes -> security", // themes.ThemeService uses security.StaffDirectory; themes.ThemeService uses security.StaffIdentity
            "yousaid -> base", // yousaid.ui.YouSaidWeDidListView uses base.ui.Pictures; yousaid.ui.YouSaidWeDidView uses base.i18n.Languages; +3 more
            "yousaid -> evidence", // yousaid.PublicCount uses evidence.SmallNumbers
            "yousaid -> feedback", // yousaid.ui.YouSaidWeDidView uses feedback.ui.StartFeedbackView] 
    });

    /**
     * Features that {@code base} still uses: "base -> feature". The staff layout importing feature views goes when
     * the menu is built from {@code @Menu} declarations (staff-menu).
     */
    private static final Set<String> BASE_STILL_USES = Set.of(new String[] {
            "base -> activities", // base.ui.StaffLayout uses activities.ui.ActivitiesView
            "base -> advocacy", // base.ui.StaffLayout uses advocacy.ui.AdvocatesAdminView; base.ui.StaffLayout uses advocacy.ui.CaseloadView; +1 more
            "base -> audit", // base.ui.StaffLayout uses audit.ui.AuditView
            "base -> campaigns", // base.ui.StaffLayout uses campaigns.ui.CampaignsView
            "base -> evidence", // base.ui.StaffLayout uses evidence.packs.ui.PacksView; base.ui.StaffLayout uses evidence.ui.DashboardView; +1 more
            "base -> exports", // base.ui.StaffLayout uses exports.ui.ExportView
            "base -> feedback", // base.ui.PublicLayout uses feedback.ui.QuickExit; base.ui.PublicLayout uses feedback.ui.StartFeedbackView; +5 more
            "base -> help", // base.ui.PublicLayout uses help.ui.AccessibilityView; base.ui.PublicLayout uses help.ui.DisplaySettingsView; +2 more
            "base -> home", // base.ui.PublicLayout uses home.ui.HomeView
            "base -> imports", // base.ui.StaffLayout uses imports.ui.CsvImportView
            "base -> mail", // base.ui.StaffLayout uses mail.ui.OutboxView
            "base -> notifications", // base.ui.StaffLayout uses notifications.ui.StaffSettingsView
            "base -> outcomes", // base.ui.StaffLayout uses outcomes.ui.OutcomesDashboardView; base.ui.StaffLayout uses outcomes.ui.OutcomesEditView
            "base -> plans", // base.ui.StaffLayout uses plans.ui.PlansView
            "base -> privacy", // base.ui.StaffLayout uses privacy.ui.ErasureRequestsView
            "base -> recommissioning", // base.ui.StaffLayout uses recommissioning.ui.RecommissioningView
            "base -> representation", // base.ui.StaffLayout uses representation.ui.PopulationView; base.ui.StaffLayout uses representation.ui.RepresentationView
            "base -> safeguarding", // base.ui.PublicLayout uses safeguarding.ui.SafetyView; base.ui.StaffLayout uses safeguarding.SafeguardingService; +2 more
            "base -> security", // base.ui.PublicLayout uses security.ui.StaffHomeView; base.ui.StaffLayout uses security.StaffDirectory; +3 more
            "base -> services", // base.ui.StaffLayout uses services.ui.ServiceRegisterView; base.ui.StaffLayout uses services.ui.ServicesView
            "base -> themes", // base.ui.StaffLayout uses themes.ui.ThemesView
    });

    private static final JavaClasses CLASSES = importPortal();

    /** Only the portal's own classes are read; what they use elsewhere is known by name, which is all a module needs. */
    private static JavaClasses importPortal() {
        ArchConfiguration.get().setResolveMissingDependenciesFromClassPath(false);
        return new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages(PORTAL);
    }

    @Test
    void noDependencyClosesACycleBetweenModulesUnlessListed() {
        Map<String, Set<String>> inCycles = dependenciesInCycles();
        Set<String> unlisted = new TreeSet<>(inCycles.keySet());
        unlisted.removeAll(STILL_IN_A_CYCLE);
        assertThat(unlisted)
                .as("New cycles between modules: each of these dependencies closes one and is not in STILL_IN_A_CYCLE."
                        + " Break the cycle (decision 0043 says how). Caused by:\n" + causes(inCycles, unlisted))
                .isEmpty();
    }

    @Test
    void everyListedCycleStillExists() {
        Map<String, Set<String>> inCycles = dependenciesInCycles();
        Set<String> gone = new TreeSet<>(STILL_IN_A_CYCLE);
        gone.removeAll(inCycles.keySet());
        assertThat(gone)
                .as("These no longer close a cycle between modules: well done, delete their lines from"
                        + " STILL_IN_A_CYCLE so they cannot come back. The list as it is now:\n"
                        + pasteReady(inCycles))
                .isEmpty();
    }

    @Test
    void baseUsesNoFeatureUnlessListed() {
        Map<String, Set<String>> fromBase = new TreeMap<>();
        moduleDependencies().forEach((edge, causes) -> {
            if (edge.startsWith("base -> ")) {
                fromBase.put(edge, causes);
            }
        });
        Set<String> unlisted = new TreeSet<>(fromBase.keySet());
        unlisted.removeAll(BASE_STILL_USES);
        Set<String> gone = new TreeSet<>(BASE_STILL_USES);
        gone.removeAll(fromBase.keySet());
        assertThat(unlisted)
                .as("base is the shared kernel every feature may use, so it may use no feature. Caused by:\n"
                        + causes(fromBase, unlisted))
                .isEmpty();
        assertThat(gone)
                .as("base no longer uses these features: delete their lines from BASE_STILL_USES. Now:\n"
                        + pasteReady(fromBase))
                .isEmpty();
    }

    /** "from -> to" for every pair of modules with a dependency, with the class pairs that cause it. */
    static Map<String, Set<String>> moduleDependencies() {
        Map<String, Set<String>> edges = new TreeMap<>();
        for (JavaClass origin : CLASSES) {
            String from = moduleOf(origin);
            if (from == null) {
                continue;
            }
            for (Dependency dependency : origin.getDirectDependenciesFromSelf()) {
                JavaClass target = dependency.getTargetClass().getBaseComponentType();
                String to = moduleOf(target);
                if (to != null && !to.equals(from)) {
                    edges.computeIfAbsent(from + " -> " + to, k -> new TreeSet<>())
                            .add(shortName(origin) + " uses " + shortName(target));
                }
            }
        }
        return edges;
    }

    /** The dependencies whose two modules are in one strongly connected component: each lies on some cycle. */
    static Map<String, Set<String>> dependenciesInCycles() {
        Map<String, Set<String>> edges = moduleDependencies();
        Map<String, Set<String>> graph = new TreeMap<>();
        edges.keySet().forEach(edge -> {
            String[] ends = edge.split(" -> ");
            graph.computeIfAbsent(ends[0], k -> new TreeSet<>()).add(ends[1]);
            graph.computeIfAbsent(ends[1], k -> new TreeSet<>());
        });
        Map<String, Integer> component = stronglyConnectedComponents(graph);
        Map<String, Set<String>> inCycles = new TreeMap<>();
        edges.forEach((edge, causes) -> {
            String[] ends = edge.split(" -> ");
            if (component.get(ends[0]).equals(component.get(ends[1]))) {
                inCycles.put(edge, causes);
            }
        });
        return inCycles;
    }

    /** Tarjan's algorithm, iteratively; returns each node's component number. */
    private static Map<String, Integer> stronglyConnectedComponents(Map<String, Set<String>> graph) {
        Map<String, Integer> index = new HashMap<>();
        Map<String, Integer> low = new HashMap<>();
        Map<String, Integer> component = new HashMap<>();
        Deque<String> stack = new ArrayDeque<>();
        Set<String> onStack = new HashSet<>();
        int[] counter = {0};
        for (String start : graph.keySet()) {
            if (!index.containsKey(start)) {
                strongConnect(start, graph, index, low, component, stack, onStack, counter);
            }
        }
        return component;
    }

    private static void strongConnect(String node, Map<String, Set<String>> graph, Map<String, Integer> index,
            Map<String, Integer> low, Map<String, Integer> component, Deque<String> stack, Set<String> onStack,
            int[] counter) {
        index.put(node, counter[0]);
        low.put(node, counter[0]);
        counter[0]++;
        stack.push(node);
        onStack.add(node);
        for (String next : graph.get(node)) {
            if (!index.containsKey(next)) {
                strongConnect(next, graph, index, low, component, stack, onStack, counter);
                low.put(node, Math.min(low.get(node), low.get(next)));
            } else if (onStack.contains(next)) {
                low.put(node, Math.min(low.get(node), index.get(next)));
            }
        }
        if (low.get(node).equals(index.get(node))) {
            String member;
            do {
                member = stack.pop();
                onStack.remove(member);
                component.put(member, index.get(node));
            } while (!member.equals(node));
        }
    }

    /** The module (top-level package under the portal's) a class belongs to; null outside any module. */
    static String moduleOf(JavaClass type) {
        String pkg = type.getPackageName();
        if (!pkg.startsWith(PORTAL + ".")) {
            return null;
        }
        String rest = pkg.substring(PORTAL.length() + 1);
        int dot = rest.indexOf('.');
        return dot < 0 ? rest : rest.substring(0, dot);
    }

    private static String shortName(JavaClass type) {
        String name = type.getName().substring(PORTAL.length() + 1);
        int nested = name.indexOf('$');
        return nested < 0 ? name : name.substring(0, nested);
    }

    private static String causes(Map<String, Set<String>> edges, Set<String> which) {
        return which.stream().map(edge -> "  " + edge + ": " + String.join(", ", edges.get(edge)))
                .collect(Collectors.joining("\n"));
    }

    /** The list as Java source, one line per dependency with its first causes as a comment. */
    private static String pasteReady(Map<String, Set<String>> edges) {
        List<String> lines = new ArrayList<>();
        edges.forEach((edge, causes) -> lines.add("            \"" + edge + "\", // "
                + causes.stream().limit(2).collect(Collectors.joining("; "))
                + (causes.size() > 2 ? "; +" + (causes.size() - 2) + " more" : "")));
        return String.join("\n", lines);
    }
}
