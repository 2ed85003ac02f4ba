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
            // base's staff layout links to feature views and asks security and safeguarding for the menu's badges (these go
            // when the staff menu is built from the views' @Menu declarations: issue 16, staff menu)
            "base -> activities", // base.ui.StaffLayout uses activities.ui.ActivitiesView
            "base -> advocacy", // base.ui.StaffLayout uses advocacy.ui.AdvocatesAdminView; base.ui.StaffLayout uses advocacy.ui.CaseloadView; +1 more
            "base -> audit", // base.ui.StaffLayout uses audit.ui.AuditView
            "base -> campaigns", // base.ui.StaffLayout uses campaigns.ui.CampaignsView
            "base -> evidence", // base.ui.StaffLayout uses evidence.ui.DashboardView; base.ui.StaffLayout uses evidence.ui.ServicesOverviewView
            "base -> exports", // base.ui.StaffLayout uses exports.ui.ExportView
            "base -> feedback", // base.ui.StaffLayout uses feedback.ui.HeldForReviewView; base.ui.StaffLayout uses feedback.ui.InboxView; +2 more
            "base -> imports", // base.ui.StaffLayout uses imports.ui.CsvImportView
            "base -> mail", // base.ui.StaffLayout uses mail.ui.OutboxView
            "base -> notifications", // base.ui.StaffLayout uses notifications.ui.StaffSettingsView
            "base -> outcomes", // base.ui.StaffLayout uses outcomes.ui.OutcomesDashboardView; base.ui.StaffLayout uses outcomes.ui.OutcomesEditView
            "base -> packs", // base.ui.StaffLayout uses packs.ui.PacksView
            "base -> privacy", // base.ui.StaffLayout uses privacy.ui.ErasureRequestsView
            "base -> recommissioning", // base.ui.StaffLayout uses recommissioning.ui.RecommissioningView
            "base -> representation", // base.ui.StaffLayout uses representation.ui.PopulationView; base.ui.StaffLayout uses representation.ui.RepresentationView
            "base -> safeguarding", // base.ui.StaffLayout uses safeguarding.SafeguardingService; base.ui.StaffLayout uses safeguarding.ui.SafeguardingAlert; +1 more
            "base -> security", // base.ui.StaffLayout uses security.StaffDirectory; base.ui.StaffLayout uses security.StaffIdentity; +1 more
            "base -> services", // base.ui.StaffLayout uses services.ui.ServiceRegisterView
            "base -> themes", // base.ui.StaffLayout uses themes.ui.ThemesView
            "base -> workspace", // base.ui.StaffLayout uses workspace.ui.PlansView; base.ui.StaffLayout uses workspace.ui.ServicesView; +1 more
            // every module uses base, so each of these closes a cycle only through the lines above; they go with them
            "activities -> base", // activities.ActivityPage uses base.AgeBand; activities.ActivityPage uses base.RespondentGroup; +33 more
            "advocacy -> base", // advocacy.AdvocacyService uses base.Channel; advocacy.AdvocacyService uses base.InvalidInputException; +23 more
            "api -> base", // api.FiguresApiController uses base.calendar.Quarter; api.FiguresFeed uses base.calendar.Quarter
            "audit -> base", // audit.AuditSearch uses base.CsvSafety; audit.AuditSearch uses base.InvalidInputException; +4 more
            "campaigns -> base", // campaigns.CampaignService uses base.InvalidInputException; campaigns.CampaignService uses base.RespondentGroup; +9 more
            "evidence -> base", // evidence.EvidenceFilter uses base.AgeBand; evidence.EvidenceFilter uses base.Channel; +22 more
            "exports -> base", // exports.TableWriter uses base.CsvSafety; exports.ui.ExportView uses base.calendar.Quarter; +1 more
            "feedback -> base", // feedback.ContactDetails uses base.InvalidInputException; feedback.ContactDetails uses base.TextInput; +112 more
            "frontline -> base", // frontline.FrontlineReceipt uses base.calendar.Quarter; frontline.FrontlineSubmission uses base.calendar.Quarter; +16 more
            "imports -> base", // imports.CsvImportService uses base.TextInput; imports.CsvImportService uses base.calendar.WorkingDays; +11 more
            "mail -> base", // mail.ui.OutboxView uses base.ui.DisplayDates; mail.ui.OutboxView uses base.ui.StaffLayout
            "notifications -> base", // notifications.DailyDigests uses base.calendar.WorkingDays; notifications.DigestEmail uses base.i18n.Languages; +2 more
            "outcomes -> base", // outcomes.OutcomeHistories uses base.InvalidInputException; outcomes.OutcomeIndicators uses base.InvalidInputException; +17 more
            "packs -> base", // packs.EvidencePacks uses base.InvalidInputException; packs.EvidencePacks uses base.calendar.Quarter; +12 more
            "plans -> base", // plans.ChangeService uses base.InvalidInputException; plans.ChangeService uses base.TextInput; +5 more
            "privacy -> base", // privacy.DataHeld uses base.AgeBand; privacy.DataHeld uses base.Channel; +14 more
            "recommissioning -> base", // recommissioning.RecommissioningEvidence uses base.RespondentGroup; recommissioning.RecommissioningEvidence uses base.calendar.Quarter; +5 more
            "representation -> base", // representation.EqualityMonitoring uses base.AgeBand; representation.EqualityMonitoring uses base.InvalidInputException; +33 more
            "safeguarding -> base", // safeguarding.AcknowledgeTimes uses base.calendar.WorkingDays; safeguarding.SafeguardingCase uses base.RespondentGroup; +20 more
            "security -> base", // security.InitialAdministrator uses base.InvalidInputException; security.OwnPassword uses base.InvalidInputException; +11 more
            "services -> base", // services.ServiceCatalogue uses base.InvalidInputException; services.ServiceRegister uses base.InvalidInputException; +8 more
            "themes -> base", // themes.ThemeService uses base.InvalidInputException; themes.ui.ThemesView uses base.InvalidInputException; +1 more
            "workspace -> base", // workspace.ui.ActionEditDialog uses base.InvalidInputException; workspace.ui.ActionEditDialog uses base.ui.ErrorSummary; +10 more
            // the rest: mostly feedback, which holds both the resident journey and the commissioner workspace (issue 16:
            // one intake, FeedbackRepository package-private, the workspace split off), and the features around it
            "activities -> audit", // activities.ActivityService uses audit.AuditLog; activities.EventAnswersService uses audit.AuditLog
            "activities -> feedback", // activities.EventAnswersService uses feedback.ContactRequest; activities.EventAnswersService uses feedback.DisclosureCheck; +8 more
            "activities -> plans", // activities.ActivityChoices uses plans.ActionSummary; activities.ActivityService uses plans.ActionStatus; +2 more
            "activities -> security", // activities.ActivityScope uses security.ServiceScope; activities.ActivityScope uses security.StaffIdentity; +7 more
            "activities -> services", // activities.Activity uses services.CommissionedService; activities.Activity uses services.CycleStage; +16 more
            "advocacy -> audit", // advocacy.AdvocacyService uses audit.AuditLog; advocacy.AdvocateAccounts uses audit.AuditLog
            "advocacy -> feedback", // advocacy.AdvocacyEvidence uses feedback.FeedbackScope; advocacy.AdvocacyService uses feedback.ContactRequest; +18 more
            "advocacy -> security", // advocacy.AdvocacyEvidence uses security.StaffDirectory; advocacy.AdvocacyService uses security.StaffAccount; +6 more
            "advocacy -> services", // advocacy.AdvocacyEvidence uses services.Organisation; advocacy.AdvocacyEvidence uses services.OrganisationRepository; +10 more
            "api -> evidence", // api.FiguresFeed uses evidence.CharterScores; api.FiguresFeed uses evidence.EvidenceFilter; +2 more
            "api -> services", // api.FiguresFeed uses services.FiguresReach; api.FiguresFeed uses services.Team
            "campaigns -> audit", // campaigns.CampaignService uses audit.AuditLog
            "campaigns -> evidence", // campaigns.CampaignFigures uses evidence.SmallNumbers; campaigns.CampaignService uses evidence.EvidenceFilter; +3 more
            "campaigns -> feedback", // campaigns.ui.CampaignArrivalView uses feedback.ui.StartFeedbackView
            "campaigns -> security", // campaigns.CampaignService uses security.StaffDirectory; campaigns.CampaignService uses security.StaffIdentity
            "campaigns -> services", // campaigns.CampaignService uses services.CommissionedService; campaigns.CampaignService uses services.CommissionedServiceRepository; +2 more
            "evidence -> activities", // evidence.ServiceDashboard uses activities.LundyAnswer; evidence.ui.DashboardView uses activities.LundyAnswer
            "evidence -> security", // evidence.FigureScope uses security.ServiceScope; evidence.FigureScope uses security.StaffDirectory; +2 more
            "evidence -> services", // evidence.EvidenceFilter uses services.Team; evidence.EvidenceSql uses services.Team; +13 more
            "exports -> api", // exports.ui.ExportView uses api.FiguresFeed
            "exports -> audit", // exports.EvidenceExports uses audit.AuditLog
            "exports -> evidence", // exports.EvidenceExports uses evidence.CharterScores; exports.EvidenceExports uses evidence.EvidenceFilter; +5 more
            "exports -> outcomes", // exports.ui.ExportView uses outcomes.ui.FilterForm
            "exports -> security", // exports.EvidenceExports uses security.ServiceScope; exports.EvidenceExports uses security.StaffDirectory; +3 more
            "exports -> services", // exports.ui.ExportView uses services.ServiceCatalogue
            "feedback -> advocacy", // feedback.ui.AdvocacySection uses advocacy.AdvocacyDetails; feedback.ui.AdvocacySection uses advocacy.AdvocacyEvidence; +5 more
            "feedback -> audit", // feedback.FeedbackLinkService uses audit.AuditLog; feedback.FeedbackReplyService uses audit.AuditLog; +4 more
            "feedback -> frontline", // feedback.ui.FeedbackDetailView uses frontline.FrontlineViewsService; feedback.ui.FeedbackDetailView uses frontline.ui.FrontlineSection
            "feedback -> mail", // feedback.FeedbackReplies uses mail.Outbox; feedback.FeedbackReplyService uses mail.Outbox; +2 more
            "feedback -> plans", // feedback.FeedbackDetail uses plans.ActionSummary; feedback.FeedbackLinkService uses plans.ChangeService; +20 more
            "feedback -> safeguarding", // feedback.ui.FeedbackDetailView uses safeguarding.SafeguardingFlags; feedback.ui.FeedbackDetailView uses safeguarding.ui.FlagConcernSection
            "feedback -> security", // feedback.FeedbackLinkService uses security.ServiceScope; feedback.FeedbackLinkService uses security.StaffDirectory; +17 more
            "feedback -> services", // feedback.Feedback uses services.Area; feedback.Feedback uses services.CommissionedService; +34 more
            "feedback -> themes", // feedback.InboxSpecifications uses themes.FeedbackTheme; feedback.ui.FeedbackDetailView uses themes.ThemeService; +6 more
            "frontline -> feedback", // frontline.FrontlineSubmission uses feedback.RatingAnswer; frontline.FrontlineViewsService uses feedback.ContactRequest; +10 more
            "frontline -> security", // frontline.FrontlineViewsService uses security.StaffDirectory
            "frontline -> services", // frontline.FrontlineViewsService uses services.CommissionedService; frontline.FrontlineViewsService uses services.CommissionedServiceRepository; +2 more
            "imports -> audit", // imports.CsvImportService uses audit.AuditLog
            "imports -> feedback", // imports.CsvImportService uses feedback.ContactRequest; imports.CsvImportService uses feedback.DisclosureCheck; +7 more
            "imports -> security", // imports.CsvImportService uses security.ServiceScope; imports.CsvImportService uses security.StaffDirectory; +1 more
            "imports -> services", // imports.CsvImportService uses services.Area; imports.CsvImportService uses services.AreaRepository; +4 more
            "mail -> audit", // mail.AuditChainAlerts uses audit.AuditChainBroken; mail.AuditChainAlerts uses audit.ChainCheck; +1 more
            "notifications -> audit", // notifications.NotificationSettings uses audit.AuditLog
            "notifications -> mail", // notifications.DailyDigests uses mail.MessageKind; notifications.DailyDigests uses mail.Outbox
            "notifications -> security", // notifications.DailyDigests uses security.ServiceScope; notifications.DailyDigests uses security.StaffIdentity; +3 more
            "notifications -> services", // notifications.DailyDigests uses services.Team
            "outcomes -> api", // outcomes.ui.FilterForm uses api.ServiceRow; outcomes.ui.OutcomesDashboardView uses api.FiguresFeed
            "outcomes -> audit", // outcomes.OutcomeHistories uses audit.AuditLog; outcomes.OutcomeIndicators uses audit.AuditLog; +1 more
            "outcomes -> evidence", // outcomes.OutcomeHistoryChart uses evidence.charts.ChartSvg; outcomes.OutcomeHistoryChart uses evidence.charts.ChartText; +10 more
            "outcomes -> security", // outcomes.OutcomeHistories uses security.StaffDirectory; outcomes.OutcomeHistories uses security.StaffIdentity; +4 more
            "outcomes -> services", // outcomes.OutcomesDashboard uses services.FiguresReach; outcomes.OutcomesDashboard uses services.Team; +3 more
            "packs -> audit", // packs.EvidencePacks uses audit.AuditLog
            "packs -> evidence", // packs.EvidencePacks uses evidence.EvidenceFilter; packs.PackContents uses evidence.CharterScores; +14 more
            "packs -> outcomes", // packs.PackContents uses outcomes.Indicator; packs.PackContents uses outcomes.IndicatorHistory; +8 more
            "packs -> security", // packs.EvidencePacks uses security.ServiceScope; packs.EvidencePacks uses security.StaffDirectory; +1 more
            "packs -> services", // packs.EvidencePacks uses services.FiguresReach; packs.EvidencePacks uses services.Team; +4 more
            "plans -> audit", // plans.ChangeService uses audit.AuditLog; plans.PlanAdministration uses audit.AuditLog; +1 more
            "plans -> feedback", // plans.ChangeService uses feedback.Feedback; plans.ChangeService uses feedback.FeedbackRepository; +1 more
            "plans -> security", // plans.ChangeService uses security.ServiceScope; plans.ChangeService uses security.StaffDirectory; +1 more
            "plans -> services", // plans.ChangeService uses services.Team; plans.Objective uses services.Team; +8 more
            "privacy -> audit", // privacy.MyDataService uses audit.AuditLog; privacy.RetentionJob uses audit.AuditLog
            "privacy -> feedback", // privacy.DataHeld uses feedback.FeedbackStatus; privacy.DataHeld uses feedback.RatingAnswer; +11 more
            "privacy -> mail", // privacy.MyDataService uses mail.Outbox
            "privacy -> security", // privacy.MyDataService uses security.StaffDirectory; privacy.MyDataService uses security.StaffIdentity
            "privacy -> services", // privacy.MyDataService uses services.Area; privacy.MyDataService uses services.CommissionedService
            "recommissioning -> api", // recommissioning.ui.RecommissioningView uses api.FiguresFeed
            "recommissioning -> evidence", // recommissioning.RecommissioningEvidence uses evidence.EvidenceFilter; recommissioning.RecommissioningEvidence uses evidence.EvidenceSql; +5 more
            "recommissioning -> outcomes", // recommissioning.ui.RecommissioningView uses outcomes.ui.FilterForm
            "recommissioning -> services", // recommissioning.RecommissioningEvidence uses services.CycleStage; recommissioning.RecommissioningEvidence uses services.Team; +4 more
            "representation -> audit", // representation.PopulationFigures uses audit.AuditLog
            "representation -> evidence", // representation.Representation uses evidence.EvidenceFilter; representation.Representation uses evidence.EvidenceSql; +6 more
            "representation -> feedback", // representation.EqualityMonitoring uses feedback.HoldCleared; representation.EqualityMonitoring uses feedback.HoldForReview
            "representation -> security", // representation.PopulationFigures uses security.StaffDirectory; representation.PopulationFigures uses security.StaffIdentity
            "representation -> services", // representation.PopulationEntry uses services.Team; representation.PopulationFigure uses services.Team; +4 more
            "safeguarding -> audit", // safeguarding.SafeguardingAlerts uses audit.AuditLog; safeguarding.SafeguardingEscalation uses audit.AuditLog; +3 more
            "safeguarding -> feedback", // safeguarding.AcknowledgeTimes uses feedback.SafeguardingSource; safeguarding.ArrivalMark uses feedback.DisclosureTier; +33 more
            "safeguarding -> mail", // safeguarding.SafeguardingAlerts uses mail.Outbox; safeguarding.SafeguardingEscalation uses mail.Outbox
            "safeguarding -> security", // safeguarding.SafeguardingFlags uses security.StaffDirectory; safeguarding.SafeguardingFlags uses security.StaffIdentity; +4 more
            "security -> audit", // security.AuditedStaff uses audit.ActingStaff; security.InitialAdministrator uses audit.AuditLog; +7 more
            "security -> mail", // security.SignInAttempts uses mail.Outbox
            "security -> services", // security.ServiceScope uses services.CommissionedService; security.ServiceScope uses services.CommissionedServiceRepository; +12 more
            "services -> audit", // services.ServiceCatalogue uses audit.AuditLog; services.ServiceRegister uses audit.AuditLog
            "themes -> audit", // themes.ThemeService uses audit.AuditLog
            "themes -> feedback", // themes.ThemeService uses feedback.Feedback; themes.ThemeService uses feedback.FeedbackScope
            "themes -> security", // themes.ThemeService uses security.StaffDirectory; themes.ThemeService uses security.StaffIdentity
            "workspace -> activities", // workspace.ui.ServiceView uses activities.ActivityService; workspace.ui.ServiceView uses activities.ui.ServiceActivitiesSection
            "workspace -> advocacy", // workspace.ui.StaffHomeView uses advocacy.ui.CaseloadView; workspace.ui.StaffHomeView uses advocacy.ui.OnBehalfView
            "workspace -> evidence", // workspace.ServiceListItem uses evidence.Figures; workspace.ServicePage uses evidence.Figures; +11 more
            "workspace -> feedback", // workspace.ui.ServiceView uses feedback.ui.FeedbackDetailView; workspace.ui.ServiceView uses feedback.ui.ReceivedLate; +2 more
            "workspace -> outcomes", // workspace.ui.PlanView uses outcomes.OutcomeHistories; workspace.ui.PlanView uses outcomes.ui.IndicatorHistoryPanel; +2 more
            "workspace -> packs", // workspace.ui.PlanView uses packs.ui.PacksView; workspace.ui.ServiceView uses packs.ui.PacksView
            "workspace -> plans", // workspace.ServicePage uses plans.ChangeSummary; workspace.ServicePages uses plans.ChangeService; +19 more
            "workspace -> safeguarding", // workspace.ui.StaffHomeView uses safeguarding.SafeguardingService; workspace.ui.StaffHomeView uses safeguarding.ui.SafeguardingAlert; +1 more
            "workspace -> security", // workspace.ServicePages uses security.ServiceScope; workspace.ServicePages uses security.StaffDirectory; +10 more
            "workspace -> services", // workspace.ServiceListItem uses services.CycleStage; workspace.ServiceListItem uses services.Team; +12 more
    });

    /**
     * Features that {@code base} still uses: "base -> feature", all through the staff layout, which goes when its
     * menu is built from the views' {@code @Menu} declarations (issue 16, staff menu).
     */
    private static final Set<String> BASE_STILL_USES = Set.of(new String[] {
            "base -> activities", // base.ui.StaffLayout uses activities.ui.ActivitiesView
            "base -> advocacy", // base.ui.StaffLayout uses advocacy.ui.AdvocatesAdminView; base.ui.StaffLayout uses advocacy.ui.CaseloadView; +1 more
            "base -> audit", // base.ui.StaffLayout uses audit.ui.AuditView
            "base -> campaigns", // base.ui.StaffLayout uses campaigns.ui.CampaignsView
            "base -> evidence", // base.ui.StaffLayout uses evidence.ui.DashboardView; base.ui.StaffLayout uses evidence.ui.ServicesOverviewView
            "base -> exports", // base.ui.StaffLayout uses exports.ui.ExportView
            "base -> feedback", // base.ui.StaffLayout uses feedback.ui.HeldForReviewView; base.ui.StaffLayout uses feedback.ui.InboxView; +2 more
            "base -> imports", // base.ui.StaffLayout uses imports.ui.CsvImportView
            "base -> mail", // base.ui.StaffLayout uses mail.ui.OutboxView
            "base -> notifications", // base.ui.StaffLayout uses notifications.ui.StaffSettingsView
            "base -> outcomes", // base.ui.StaffLayout uses outcomes.ui.OutcomesDashboardView; base.ui.StaffLayout uses outcomes.ui.OutcomesEditView
            "base -> packs", // base.ui.StaffLayout uses packs.ui.PacksView
            "base -> privacy", // base.ui.StaffLayout uses privacy.ui.ErasureRequestsView
            "base -> recommissioning", // base.ui.StaffLayout uses recommissioning.ui.RecommissioningView
            "base -> representation", // base.ui.StaffLayout uses representation.ui.PopulationView; base.ui.StaffLayout uses representation.ui.RepresentationView
            "base -> safeguarding", // base.ui.StaffLayout uses safeguarding.SafeguardingService; base.ui.StaffLayout uses safeguarding.ui.SafeguardingAlert; +1 more
            "base -> security", // base.ui.StaffLayout uses security.StaffDirectory; base.ui.StaffLayout uses security.StaffIdentity; +1 more
            "base -> services", // base.ui.StaffLayout uses services.ui.ServiceRegisterView
            "base -> themes", // base.ui.StaffLayout uses themes.ui.ThemesView
            "base -> workspace", // base.ui.StaffLayout uses workspace.ui.PlansView; base.ui.StaffLayout uses workspace.ui.ServicesView; +1 more
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
