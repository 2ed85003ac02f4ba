package uk.coproduction.portal.security;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.aop.support.AopUtils;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.ActiveProfiles;
import uk.coproduction.portal.api.FigureRow;
import uk.coproduction.portal.api.FiguresFeed;
import uk.coproduction.portal.api.ServiceRow;
import uk.coproduction.portal.base.calendar.Quarter;
import uk.coproduction.portal.base.security.Roles;
import uk.coproduction.portal.exports.EvidenceExports;
import uk.coproduction.portal.exports.ExportFormat;
import uk.coproduction.portal.exports.ExportProgress;
import uk.coproduction.portal.exports.ExportedFile;
import uk.coproduction.portal.feedback.FeedbackReplyService;
import uk.coproduction.portal.feedback.FeedbackTriageService;
import uk.coproduction.portal.feedback.InboxFilter;
import uk.coproduction.portal.feedback.InboxItem;
import uk.coproduction.portal.feedback.ProviderFeedbackService;
import uk.coproduction.portal.outcomes.OutcomesDashboard;
import uk.coproduction.portal.packs.EvidencePacks;
import uk.coproduction.portal.packs.PackChoices;
import uk.coproduction.portal.packs.PackRequest;
import uk.coproduction.portal.reporting.CharterScores;
import uk.coproduction.portal.reporting.CharterScores.Dimension;
import uk.coproduction.portal.reporting.EvidenceFilter;
import uk.coproduction.portal.reporting.RecommissioningEvidence;
import uk.coproduction.portal.reporting.ServiceDashboard;
import uk.coproduction.portal.reporting.ServiceEvidence;
import uk.coproduction.portal.reporting.ServicesOverview;
import uk.coproduction.portal.representation.Representation;
import uk.coproduction.portal.services.Team;
import uk.coproduction.portal.workspace.ServicePages;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Scope on every output (issue 14 part 6, issue 19 "aggregates across the two organisations", decisions 0009 and
 * 0022), on the demo data as each demo staff account. For every output in {@link #OUTPUTS} it checks that the account
 * sees what it may and nothing else:
 * <ul>
 *     <li><b>identifiable outputs</b> (feedback rows, items, service pages, replies): only services in the account's
 *     scope — its team's services its own organisation commissions, plus the team's jointly commissioned ones; a
 *     provider only what its organisation runs;</li>
 *     <li><b>aggregate outputs</b> (dashboard, overview, API, figures export, packs): every service of the account's
 *     team whichever organisation commissions it (a commissioner), every team (board, administrator), nothing
 *     (anyone else).</li>
 * </ul>
 * The expected sets are worked out here in SQL from the two rules as the decision records state them, not by calling
 * {@code ServiceScope}, so a change to the rule that breaks either decision fails here.
 */
@SpringBootTest
@ActiveProfiles({"test", "demo"})
class ScopeOnEveryOutputTest {

    /** Every output a member of staff gets feedback or figures from; a new one must be added here. */
    static final List<String> OUTPUTS = List.of(
            "inbox",
            "item page",
            "services list",
            "service page",
            "feedback rows export",
            "replies awaiting approval",
            "provider's moderated feedback",
            "dashboard scores",
            "dashboard service choices",
            "all-services overview",
            "figures API services",
            "figures API figures",
            "charter scores export",
            "pack choices",
            "service pack",
            "outcomes dashboard",
            "re-commissioning dashboard",
            "representation");

    /** Every background job, and why none of them gives a member of staff feedback outside their scope. */
    static final Map<String, String> BACKGROUND_JOBS = Map.ofEntries(
            Map.entry("DraftCleanup", "deletes expired unsent drafts; tells nobody anything"),
            Map.entry(
                    "OutboxSender", "sends e-mails already written by scoped services (replies to the person, alerts)"),
            Map.entry(
                    "SafeguardingEscalation", "tells safeguarding leads and the escalation contact, whose queue it is"),
            Map.entry("RetentionJob", "deletes or anonymises old feedback; tells nobody anything"),
            Map.entry(
                    "OldProofsCleanup",
                    "forgets out-of-date one-time codes and opened-record grants; tells nobody " + "anything"),
            Map.entry(
                    "DailyDigestJob",
                    "counts each commissioner's items through ServiceScope.commissionedBy, no "
                            + "safeguarding items, no words (DailyDigestTest)"),
            Map.entry(
                    "SignInThrottle",
                    "forgets old counts of wrong passwords (digests, no feedback); tells nobody " + "anything"),
            Map.entry(
                    "SharedBuckets",
                    "forgets idle arrival-limit buckets and used checks (digests, no feedback); "
                            + "tells nobody anything"),
            Map.entry(
                    "AuditChainCheckJob",
                    "tells administrators only the entry number where the audit chain breaks, " + "no feedback"),
            Map.entry(
                    "AuditRetentionJob",
                    "removes audit entries older than portal.audit.keep-for; tells nobody " + "anything"),
            Map.entry(
                    "SummaryConsistencyCheck",
                    "compares trigger-kept summaries with a recount; writes only summary "
                            + "keys and counts to the log, the audit trail and a gauge, tells no member of staff anything"));

    static final List<String> ACCOUNTS = List.of(
            "commissioner.children",
            "commissioner.children.nhs",
            "commissioner.lda",
            "commissioner.lda.kcc",
            "provider",
            "board",
            "admin");

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ApplicationContext context;

    @Autowired
    FeedbackTriageService triage;

    @Autowired
    ServicePages servicePages;

    @Autowired
    EvidenceExports exports;

    @Autowired
    FeedbackReplyService replies;

    @Autowired
    ProviderFeedbackService provider;

    @Autowired
    CharterScores charterScores;

    @Autowired
    ServiceDashboard dashboard;

    @Autowired
    ServicesOverview overview;

    @Autowired
    FiguresFeed api;

    @Autowired
    EvidencePacks packs;

    @Autowired
    OutcomesDashboard outcomes;

    @Autowired
    RecommissioningEvidence recommissioning;

    @Autowired
    Representation representation;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void theCouncilsChildrensCommissionerExportsNoNhsOnlyService() throws Exception {
        signIn("commissioner.children");
        ExportedFile file = exports.feedbackRows(EvidenceFilter.ALL, ExportFormat.CSV, ExportProgress.NONE);
        try {
            String csv = Files.readString(file.file(), StandardCharsets.UTF_8);
            assertThat(csv)
                    .doesNotContain(
                            "EMOTIONAL_WELLBEING_CAMHS", "OCCUPATIONAL_THERAPY", "SPECIALIST_CHILDRENS_NURSING");
            assertThat(file.rows()).isPositive();
        } finally {
            Files.deleteIfExists(file.file());
        }
    }

    @Test
    void everyAccountSeesOnlyItsScopeInEveryOutput() throws Exception {
        Map<String, List<String>> checked = new LinkedHashMap<>();
        List<String> failures = new ArrayList<>();
        for (String account : ACCOUNTS) {
            signIn(account);
            Set<String> identifiable = identifiableScope(account);
            Set<String> figures = figuresReach(account);
            Set<String> roles = roles(account);
            boolean commissioner = roles.contains(Roles.COMMISSIONER);
            boolean admin = roles.contains(Roles.ADMIN);
            boolean figuresRole = commissioner || admin || roles.contains(Roles.BOARD);
            List<String> outputs = new ArrayList<>();

            check(
                    failures,
                    outputs,
                    account,
                    "inbox",
                    commissioner,
                    identifiable,
                    () -> codesOfNames(triage.inbox(InboxFilter.NONE, 0, 100_000).stream()
                            .map(InboxItem::serviceName)
                            .toList()));
            check(failures, outputs, account, "item page", commissioner, identifiable, () -> {
                Set<String> opened = new TreeSet<>();
                for (Map<String, Object> item : oneItemPerService()) {
                    try {
                        triage.open(((Number) item.get("id")).longValue());
                        opened.add((String) item.get("code"));
                    } catch (AccessDeniedException outside) {
                        // outside the scope: not seen
                    }
                }
                return opened;
            });
            check(
                    failures,
                    outputs,
                    account,
                    "services list",
                    commissioner || admin,
                    admin ? allActive() : activeOf(identifiable),
                    () -> servicePages.services().stream().map(s -> s.code()).collect(Collectors.toSet()));
            check(
                    failures,
                    outputs,
                    account,
                    "service page",
                    commissioner || admin,
                    admin ? allServices() : identifiable,
                    () -> allServices().stream()
                            .filter(code -> servicePages.page(code).isPresent())
                            .collect(Collectors.toSet()));
            check(
                    failures,
                    outputs,
                    account,
                    "feedback rows export",
                    commissioner || admin,
                    admin ? servicesWithFeedback() : identifiable,
                    () -> exportedServiceCodes());
            check(
                    failures,
                    outputs,
                    account,
                    "replies awaiting approval",
                    commissioner,
                    identifiable,
                    () -> codesOfNames(replies.awaitingApproval().stream()
                            .map(r -> r.serviceName())
                            .toList()));
            check(
                    failures,
                    outputs,
                    account,
                    "provider's moderated feedback",
                    roles.contains(Roles.PROVIDER),
                    providedBy(account),
                    () -> codesOfNames(provider.moderatedFeedback().stream()
                            .map(p -> p.serviceName())
                            .toList()));

            check(
                    failures,
                    outputs,
                    account,
                    "dashboard scores",
                    figuresRole,
                    figures,
                    () -> charterScores.scores(EvidenceFilter.ALL, Dimension.SERVICE).stream()
                            .map(s -> s.key())
                            .collect(Collectors.toSet()));
            check(
                    failures,
                    outputs,
                    account,
                    "dashboard service choices",
                    figuresRole,
                    activeOf(figures),
                    () -> dashboard.serviceChoices().stream().map(c -> c.code()).collect(Collectors.toSet()));
            check(
                    failures,
                    outputs,
                    account,
                    "all-services overview",
                    figuresRole,
                    activeOf(figures),
                    () -> overview.rows(EvidenceFilter.ALL).stream()
                            .map(r -> r.code())
                            .collect(Collectors.toSet()));
            check(
                    failures,
                    outputs,
                    account,
                    "figures API services",
                    figuresRole,
                    activeOf(figures),
                    () -> api.services().stream().map(ServiceRow::code).collect(Collectors.toSet()));
            check(
                    failures,
                    outputs,
                    account,
                    "figures API figures",
                    figuresRole,
                    figures,
                    () -> api.figures(null, null, 1).figures().stream()
                            .map(FigureRow::service)
                            .collect(Collectors.toSet()));
            check(
                    failures,
                    outputs,
                    account,
                    "charter scores export",
                    figuresRole,
                    figures,
                    () -> firstColumn(exports.charterScores(
                            EvidenceFilter.ALL,
                            Dimension.SERVICE,
                            ExportFormat.CSV,
                            "fewer than 5",
                            ExportProgress.NONE)));
            check(
                    failures,
                    outputs,
                    account,
                    "pack choices",
                    figuresRole,
                    activeOf(figures),
                    () -> packs.choices().services().stream()
                            .map(PackChoices.Choice::code)
                            .collect(Collectors.toSet()));
            check(
                    failures,
                    outputs,
                    account,
                    "service pack",
                    figuresRole,
                    allServices().stream().filter(figures::contains).collect(Collectors.toSet()),
                    () -> {
                        Set<String> made = new TreeSet<>();
                        for (String code : List.of("OCCUPATIONAL_THERAPY", "COMMUNITY_LD_TEAMS")) {
                            try {
                                packs.make(PackRequest.forService(code, Quarter.of(LocalDate.now())));
                                made.add(code);
                            } catch (RuntimeException refused) {
                                if (refused instanceof AccessDeniedException) {
                                    throw refused;
                                }
                            }
                        }
                        return made;
                    },
                    Set.of("OCCUPATIONAL_THERAPY", "COMMUNITY_LD_TEAMS"));
            check(
                    failures,
                    outputs,
                    account,
                    "outcomes dashboard",
                    figuresRole,
                    figures,
                    () -> outcomes.rows(EvidenceFilter.ALL).stream()
                            .flatMap(row -> row.voices().stream())
                            .map(voices -> voices.service().code())
                            .collect(Collectors.toSet()));
            check(
                    failures,
                    outputs,
                    account,
                    "re-commissioning dashboard",
                    figuresRole,
                    figures,
                    () -> recommissioning.services(null).stream()
                            .map(ServiceEvidence::code)
                            .collect(Collectors.toSet()));
            // The report is counted for one team or every team: the services it counts are that team's.
            check(
                    failures,
                    outputs,
                    account,
                    "representation",
                    figuresRole,
                    figures,
                    () -> servicesOf(
                            representation.report(EvidenceFilter.ALL).filter().team()));
            checked.put(account, outputs);
        }
        assertThat(failures)
                .as("outputs showing more, or less, than the account's scope")
                .isEmpty();
        checked.forEach((account, outputs) -> assertThat(outputs).as(account).containsExactlyElementsOf(OUTPUTS));
        System.out.println(
                "Scope on every output: " + ACCOUNTS.size() + " accounts x " + OUTPUTS.size() + " outputs checked");
    }

    @Test
    void everyBackgroundJobIsListedWithWhyItStaysInScope() {
        Set<String> jobs = new TreeSet<>();
        for (String name : context.getBeanDefinitionNames()) {
            Object bean = context.getBean(name);
            Class<?> type = AopUtils.getTargetClass(bean);
            if (!type.getPackageName().startsWith("uk.coproduction.portal")) {
                continue;
            }
            for (Method method : type.getDeclaredMethods()) {
                if (method.isAnnotationPresent(Scheduled.class)) {
                    jobs.add(type.getSimpleName());
                }
            }
        }
        assertThat(jobs)
                .as("a new background job must be added to BACKGROUND_JOBS with why it keeps to scope")
                .isEqualTo(new TreeSet<>(BACKGROUND_JOBS.keySet()));
    }

    // ---- the check

    private void check(
            List<String> failures,
            List<String> outputs,
            String account,
            String output,
            boolean allowed,
            Set<String> expected,
            Supplier<Set<String>> seen) {
        check(failures, outputs, account, output, allowed, expected, seen, null);
    }

    /** @param within when set, only these services are compared (an output that is asked service by service) */
    private void check(
            List<String> failures,
            List<String> outputs,
            String account,
            String output,
            boolean allowed,
            Set<String> expected,
            Supplier<Set<String>> seen,
            Set<String> within) {
        outputs.add(output);
        Set<String> actual;
        try {
            actual = seen.get().stream().filter(Objects::nonNull).collect(Collectors.toCollection(TreeSet::new));
        } catch (AccessDeniedException denied) {
            if (allowed) {
                failures.add(account + " / " + output + ": refused, but it is theirs to see");
            }
            return;
        }
        if (!allowed) {
            if (!actual.isEmpty()) {
                failures.add(account + " / " + output + ": shown " + actual + " although the role may not see it");
            }
            return;
        }
        Set<String> wanted = new TreeSet<>(expected);
        if (within != null) {
            wanted.retainAll(within);
        }
        Set<String> extra = new TreeSet<>(actual);
        extra.removeAll(wanted);
        if (!extra.isEmpty()) {
            failures.add(account + " / " + output + ": outside its scope " + extra);
        }
        if (within != null) {
            Set<String> missing = new TreeSet<>(wanted);
            missing.removeAll(actual);
            if (!missing.isEmpty()) {
                failures.add(account + " / " + output + ": missing " + missing);
            }
        }
    }

    // ---- the expected scopes, from the decisions' words

    /** Decision 0009: own team's services that own organisation commissions, plus the team's joint ones. */
    private Set<String> identifiableScope(String account) {
        return new HashSet<>(jdbc.queryForList("""
                SELECT s.code FROM commissioned_service s JOIN staff_account a ON a.username = ?
                JOIN staff_account_role r ON r.account_id = a.id AND r.role = 'COMMISSIONER'
                WHERE s.team = a.team AND (a.organisation_id IS NULL OR s.jointly_commissioned
                    OR s.commissioner_id = a.organisation_id)
                """, String.class, account));
    }

    /** Decision 0022: a commissioner's team's services of both organisations; board and admin every service. */
    private Set<String> figuresReach(String account) {
        Set<String> roles = roles(account);
        if (roles.contains(Roles.BOARD) || roles.contains(Roles.ADMIN)) {
            return allServices();
        }
        if (!roles.contains(Roles.COMMISSIONER)) {
            return Set.of();
        }
        return new HashSet<>(jdbc.queryForList("""
                SELECT s.code FROM commissioned_service s JOIN staff_account a ON a.username = ? WHERE s.team = a.team
                """, String.class, account));
    }

    private Set<String> providedBy(String account) {
        return new HashSet<>(jdbc.queryForList("""
                SELECT s.code FROM commissioned_service s JOIN staff_account a ON a.username = ?
                WHERE s.provider_id = a.organisation_id
                """, String.class, account));
    }

    private Set<String> allServices() {
        return new HashSet<>(jdbc.queryForList("SELECT code FROM commissioned_service", String.class));
    }

    private Set<String> servicesOf(Team team) {
        return team == null
                ? allServices()
                : new HashSet<>(jdbc.queryForList(
                        "SELECT code FROM commissioned_service WHERE team = ?", String.class, team.name()));
    }

    private Set<String> allActive() {
        return new HashSet<>(
                jdbc.queryForList("SELECT code FROM commissioned_service WHERE active = TRUE", String.class));
    }

    private Set<String> activeOf(Set<String> codes) {
        Set<String> active = allActive();
        active.retainAll(codes);
        return active;
    }

    private Set<String> servicesWithFeedback() {
        return allServices();
    }

    private List<Map<String, Object>> oneItemPerService() {
        return jdbc.queryForList("""
                SELECT MIN(f.id) AS id, s.code FROM feedback f JOIN commissioned_service s ON s.id = f.service_id
                WHERE f.safeguarding_flag = FALSE GROUP BY s.code
                """);
    }

    private Set<String> codesOfNames(List<String> names) {
        Map<String, String> codes = new LinkedHashMap<>();
        jdbc.queryForList("SELECT name, code FROM commissioned_service")
                .forEach(row -> codes.put((String) row.get("name"), (String) row.get("code")));
        return names.stream()
                .filter(n -> n != null)
                .map(n -> codes.getOrDefault(n, "unknown: " + n))
                .collect(Collectors.toSet());
    }

    private static Set<String> firstColumn(ExportedFile file) {
        try {
            return Files.readAllLines(file.file(), StandardCharsets.UTF_8).stream()
                    .skip(1)
                    .map(line -> line.substring(0, line.indexOf(',')))
                    .filter(key -> !key.equals("none"))
                    .collect(Collectors.toSet());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            file.file().toFile().delete();
        }
    }

    private Set<String> exportedServiceCodes() {
        ExportedFile file = exports.feedbackRows(EvidenceFilter.ALL, ExportFormat.CSV, ExportProgress.NONE);
        try {
            List<String> lines = Files.readAllLines(file.file(), StandardCharsets.UTF_8);
            List<String> heading =
                    List.of(lines.getFirst().replace("\uFEFF", "").split(","));
            int column = heading.indexOf("service code");
            // Rows are plain enough to split (codes have no commas); a quoted cell before the code would move it.
            return lines.stream()
                    .skip(1)
                    .map(line -> line.split(",", -1)[column])
                    .filter(c -> !c.isEmpty())
                    .collect(Collectors.toSet());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            try {
                Files.deleteIfExists(file.file());
            } catch (IOException ignored) {
                // a temporary file
            }
        }
    }

    private Set<String> roles(String account) {
        return new HashSet<>(jdbc.queryForList("""
                SELECT r.role FROM staff_account_role r JOIN staff_account a ON a.id = r.account_id WHERE a.username = ?
                """, String.class, account));
    }

    private void signIn(String account) {
        Set<String> roles = roles(account);
        assertThat(roles).as("demo account " + account).isNotEmpty();
        SecurityContextHolder.getContext()
                .setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                        account,
                        null,
                        roles.stream()
                                .map(role -> new SimpleGrantedAuthority("ROLE_" + role))
                                .toList()));
    }
}
