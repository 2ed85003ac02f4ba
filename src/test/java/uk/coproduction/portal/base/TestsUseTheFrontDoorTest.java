package uk.coproduction.portal.base;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests create their data the way the portal does (the services, {@code feedback.FeedbackIntake}) and read results
 * the way a user does (a service or a view), issue 16: a test that inserts rows by hand tests a state the portal may
 * never reach, and one that reads a table keeps passing when the screen stops showing it. Raw SQL on the portal's
 * tables stays only where the table itself is the subject; each such file is named below with why, and with how
 * many SQL statements it holds, so a new statement in any test (listed or not) fails here until it is argued for.
 */
class TestsUseTheFrontDoorTest {

    private static final Path TESTS = Path.of("src/test/java/uk/coproduction/portal");
    private static final Path MIGRATIONS = Path.of("src/main/resources/db/migration");

    private static final String SUMMARIES = "the trigger-kept summaries (rating_summary, reply_summary,"
            + " theme_summary) are the subject: rows are written to see what the triggers keep";
    private static final String MIGRATION = "a migration is the subject: it reads what the migration left";
    private static final String AUDIT = "the audit log is the subject: proves rows cannot be changed or removed";
    private static final String GONE = "retention or erasure is the subject: proves rows are gone from the tables";
    private static final String BACKUP = "backup and restore is the subject: compares the tables before and after";
    private static final String BULK = "the bulk paths (data generator, batch insert, import speed) are the subject:"
            + " they write to the tables without the services, and the tables are what they promise";
    private static final String PAST =
            "the one place that sets a time in the past no service can (a reply date in 2020)";
    private static final String OPERATIONS =
            "the database itself is the subject (locks, two instances, the" + " database going away)";
    private static final String MOVED = "pending: moved this round (evidence, reporting and reviews change on other"
            + " branches; the lead converts them after the merge)";
    private static final String PENDING = "pending: not yet converted to services and views (front-door, issue 16)";

    /**
     * Test file (under src/test/java/uk/coproduction/portal) → the most SQL statements it may hold and why it may hold
     * any. Lower a number (or remove the line) when a file is converted; the second test fails until you do.
     */
    private static final Map<String, Allowed> ALLOWED = Map.ofEntries(
            allowed(
                    "ResidentLoadBenchmark.java",
                    3,
                    "the load driver proves nothing was lost: every reference code shown is in the feedback table once, so the table is the subject"),
            allowed(
                    "StaffPagesBenchmark.java",
                    14,
                    "the benchmark times each page beside MariaDB's plain aggregate for its figure: the database is the subject"),
            allowed("activities/EventAnswersDatedByTheEventTest.java", 3, PENDING),
            allowed("activities/EventAnswersServiceTest.java", 7, PENDING),
            allowed("activities/ui/ActivityViewsTest.java", 5, PENDING),
            allowed("advocacy/AdvocacyServiceTest.java", 10, PENDING),
            allowed("advocacy/AdvocateAccountsTest.java", 3, PENDING),
            allowed("advocacy/ConsentByAgeTest.java", 6, PENDING),
            allowed("advocacy/ui/AdvocacyViewsTest.java", 4, PENDING),
            allowed("audit/AuditChainTest.java", 25, AUDIT),
            allowed("audit/AuditLogTest.java", 6, AUDIT),
            allowed("audit/OutputsAreAuditedTest.java", 1, PENDING),
            allowed("audit/ui/AuditViewTest.java", 3, PENDING),
            allowed("backup/BackupRoundTripTest.java", 22, BACKUP),
            allowed("base/PastDates.java", 1, PAST),
            allowed("base/ProductionProfileTest.java", 3, OPERATIONS),
            allowed("base/ReferenceDataMigrationTest.java", 9, MIGRATION),
            allowed("base/limits/ArrivalLimitsTest.java", 6, PENDING),
            allowed("campaigns/CampaignServiceTest.java", 11, PENDING),
            allowed("campaigns/ui/CampaignArrivalViewTest.java", 2, PENDING),
            allowed("campaigns/ui/CampaignsViewTest.java", 1, PENDING),
            allowed("demo/DataGeneratorTest.java", 31, BULK),
            allowed("demo/DemoDataTest.java", 23, PENDING),
            allowed("reporting/CharterScoresSummaryTest.java", 12, MOVED),
            allowed("reporting/DashboardFixtures.java", 13, MOVED),
            allowed("reporting/EvidenceBenchmark.java", 13, MOVED),
            allowed("reporting/EvidenceFixtures.java", 5, MOVED),
            allowed("reporting/FeedbackFactsTest.java", 18, MOVED),
            allowed("reporting/HeadlineFiguresTest.java", 11, MOVED),
            allowed("reporting/ThemeSummaryTest.java", 11, MOVED),
            allowed("exports/EvidenceExportsTest.java", 7, PENDING),
            allowed("exports/ui/ExportViewTest.java", 1, PENDING),
            allowed(
                    "feedback/EveryReplyHasTheTimeItWasDraftedTest.java",
                    1,
                    "the database's own rule (a reply has the time it was drafted) is the subject"),
            allowed("feedback/FeedbackBatchInsertTest.java", 4, BULK),
            allowed("feedback/FeedbackDraftServiceTest.java", 6, PENDING),
            allowed("feedback/FeedbackReplyServiceTest.java", 8, PENDING),
            allowed("feedback/FeedbackSubmissionServiceTest.java", 4, PENDING),
            allowed(
                    "feedback/InboxAndStatusServiceTest.java",
                    3,
                    "a change recorded on an action without moving the item, to reach the status"
                            + " check's own refusal (ChangeService.record moves the item itself)"),
            allowed(
                    "feedback/QuoteServiceTest.java",
                    2,
                    "the database's own refusal of a quote approved by its proposer (a CHECK) is the"
                            + " subject: no service can even try it"),
            allowed("feedback/ui/FeedbackJourneyViewsTest.java", 4, PENDING),
            allowed("feedback/ui/NothingLostWhenTheDatabaseIsDownTest.java", 3, OPERATIONS),
            allowed("feedback/ui/TrackFeedbackViewTest.java", 2, PENDING),
            allowed("frontline/FrontlineViewsServiceTest.java", 2, PENDING),
            allowed("frontline/ui/FrontlineJourneyViewTest.java", 1, PENDING),
            allowed("imports/CsvImportServiceTest.java", 5, PENDING),
            allowed("imports/ImportDuplicatesTest.java", 3, PENDING),
            allowed("imports/ImportSpeedTest.java", 7, BULK),
            allowed("imports/ImportSummariesTest.java", 5, SUMMARIES),
            allowed("imports/PaperFormsReceivedLateTest.java", 3, PENDING),
            allowed("imports/PlainRowsInsert.java", 3, BULK),
            allowed("imports/ui/CsvImportViewTest.java", 3, PENDING),
            allowed("journeys/AccessibleJourneysTest.java", 4, PENDING),
            allowed("journeys/AdvocateJourneyTest.java", 2, PENDING),
            allowed("journeys/CommissionerWorkspaceJourneyTest.java", 1, PENDING),
            allowed("journeys/EventQuickEntryJourneyTest.java", 2, PENDING),
            allowed("journeys/FeedbackLoopJourneyTest.java", 1, PENDING),
            allowed("journeys/JourneyComfortTest.java", 1, PENDING),
            allowed("journeys/JourneyWhileTheCheckIsOnTest.java", 2, PENDING),
            allowed("mail/ReplyEmailDeliveryTest.java", 3, PENDING),
            allowed("notifications/DailyDigestTest.java", 13, PENDING),
            allowed("operations/MetricsTest.java", 1, PENDING),
            allowed("operations/TwoInstancesTest.java", 5, OPERATIONS),
            allowed("outcomes/OutcomeHistoriesTest.java", 5, PENDING),
            allowed("outcomes/OutcomeIndicatorsTest.java", 3, PENDING),
            allowed("outcomes/OutcomeValueMigrationTest.java", 3, MIGRATION),
            allowed("outcomes/ui/OutcomesViewsTest.java", 6, PENDING),
            allowed("outcomes/ui/TrendBesideVoicesTest.java", 4, PENDING),
            allowed("packs/EvidencePacksTest.java", 28, PENDING),
            allowed("packs/IndicShapingTest.java", 1, PENDING),
            allowed("packs/PackFiguresMatchTheDashboardTest.java", 1, PENDING),
            allowed("packs/PackFixtures.java", 10, PENDING),
            allowed("packs/PackRenderingBenchmark.java", 1, PENDING),
            allowed("packs/PackScriptsTest.java", 2, PENDING),
            allowed("packs/ReviewReportShapingTest.java", 6, MOVED),
            allowed(
                    "plans/PlanAdministrationTest.java",
                    9,
                    "no service makes a plan from nothing (plans come with the portal, decision"
                            + " 0029), so last year's plan is written as the migrations write one; which plan a year was copied"
                            + " from is on no screen"),
            allowed("privacy/MyDataServiceTest.java", 22, PENDING),
            allowed("privacy/RetentionJobTest.java", 11, GONE),
            allowed("privacy/RetentionKeepsSafeguardingRecordsTest.java", 4, GONE),
            allowed("privacy/ui/MyDataViewTest.java", 2, PENDING),
            allowed("privacy/ui/ReferenceCodeAloneTest.java", 1, PENDING),
            allowed("reporting/RecommissioningEvidenceTest.java", 6, PENDING),
            allowed("recommissioning/ui/RecommissioningViewTest.java", 2, PENDING),
            allowed("reporting/SummaryConsistencyCheckTest.java", 9, MOVED),
            allowed("representation/RepresentationTest.java", 4, PENDING),
            allowed("representation/ui/EqualityViewsTest.java", 5, PENDING),
            allowed("reviews/ReviewReportTest.java", 8, MOVED),
            allowed("reviews/ReviewServiceTest.java", 9, MOVED),
            allowed("reviews/ui/ReviewReportViewTest.java", 2, MOVED),
            allowed("reviews/ui/ReviewViewsTest.java", 2, MOVED),
            allowed("safeguarding/DisclosuresReachALeadTest.java", 5, PENDING),
            allowed("safeguarding/SafeguardingRulesTest.java", 8, PENDING),
            allowed("safeguarding/SafeguardingServiceTest.java", 2, PENDING),
            allowed("safeguarding/SafetyBurstsTest.java", 13, PENDING),
            allowed("safeguarding/ui/DisclosureViewsTest.java", 1, PENDING),
            allowed("safeguarding/ui/SafeguardingRulesViewsTest.java", 2, PENDING),
            allowed("safeguarding/ui/SafetyNeverRefusedViewsTest.java", 3, PENDING),
            allowed("security/EntraGroupRolesTest.java", 1, PENDING),
            allowed("security/HostileInputTest.java", 11, PENDING),
            allowed("security/ScopeOnEveryOutputTest.java", 9, PENDING),
            allowed("security/SignInThrottleTest.java", 3, PENDING),
            allowed("security/SignInsAreAuditedTest.java", 2, PENDING),
            allowed("security/StaffAdministrationTest.java", 7, PENDING),
            allowed("security/ui/StaffToldOfWrongPasswordsTest.java", 4, PENDING),
            allowed("services/OrganisationScopeTest.java", 2, PENDING),
            allowed("services/ServiceRegisterTest.java", 10, PENDING),
            allowed("services/ui/NewServiceSameMinuteTest.java", 6, PENDING),
            allowed("services/ui/ServiceRegisterViewTest.java", 2, PENDING),
            allowed("services/ui/ServiceViewsTest.java", 5, PENDING),
            allowed(
                    "themes/ThemeServiceTest.java",
                    1,
                    "who tagged an item is kept with the tag but shown on no screen"),
            allowed("workspace/ui/FeedbackDetailSectionsViewTest.java", 1, PENDING),
            allowed(
                    "workspace/ui/HeldForReviewViewTest.java",
                    3,
                    "the equality answers held with an item and their raw count: no screen shows"
                            + " either (decision 0026)"),
            allowed("workspace/ui/ProviderFeedbackViewTest.java", 2, PENDING),
            allowed("workspace/ui/ReceivedLateInTheWorkspaceTest.java", 1, PENDING),
            allowed("workspace/ui/ReplyViewsTest.java", 1, PENDING),
            allowed("yousaid/LoopFixture.java", 5, PENDING),
            allowed("yousaid/YouSaidAndTheDashboardCountAlikeTest.java", 1, PENDING),
            allowed("yousaid/ui/YouSaidWeDidViewTest.java", 6, PENDING));

    private static final Pattern SQL = Pattern.compile(
            "(?is)^\\s*(?:select\\b.*\\bfrom\\b|insert\\s+(?:ignore\\s+)?into"
                    + "\\b|replace\\s+into\\b|update\\s+\\w+\\s.*\\bset\\b|delete\\s+from\\b|truncate\\b|with\\b.*\\bselect\\b)");

    @Test
    void noTestReadsOrWritesThePortalsTablesOutsideTheListedOnes() throws IOException {
        Set<String> tables = portalTables();
        Map<String, Integer> found = statementsPerFile(tables);
        List<String> problems = new ArrayList<>();
        found.forEach((file, count) -> {
            Allowed allowed = ALLOWED.get(file);
            if (allowed == null) {
                problems.add(file + ": " + count + " SQL statement(s) on portal tables; create data through the"
                        + " services or FeedbackIntake and read it through a service or a view");
            } else if (count > allowed.most()) {
                problems.add(file + ": " + count + " SQL statements, " + allowed.most() + " allowed ("
                        + allowed.reason() + ")");
            }
        });
        assertThat(problems).as("raw SQL in tests").isEmpty();
    }

    @Test
    void theListNamesOnlyFilesThatStillNeedIt() throws IOException {
        Map<String, Integer> found = statementsPerFile(portalTables());
        List<String> stale = ALLOWED.entrySet().stream()
                .filter(e -> e.getValue().most() > found.getOrDefault(e.getKey(), 0))
                .map(e -> e.getKey() + ": allowed " + e.getValue().most() + ", holds "
                        + found.getOrDefault(e.getKey(), 0))
                .sorted()
                .toList();
        assertThat(stale)
                .as("lower the allowance (or remove the entry) once a file holds fewer statements")
                .isEmpty();
    }

    @Test
    void theCheckSeesSqlOnAPortalTableInCodeButNotInCommentsOrOtherWords() {
        Set<String> tables = Set.of("feedback", "plan_action");
        String code = """
                // jdbc.update("update feedback set status = 'NEW'") in a comment
                String words = "Select the feedback from the list";
                String plan = "Update the plan: set a date";
                String list = "Select the feedback from the list";
                jdbc.update("update feedback set status = 'NEW' where id = ?", id);
                jdbc.queryForObject(\"""
                        select count(*)
                          from plan_action
                        \""", Long.class);
                jdbc.update("insert into somebody_elses_table (a) values (1)");
                """;
        assertThat(statements(code, tables)).isEqualTo(2);
    }

    private static Map<String, Integer> statementsPerFile(Set<String> tables) throws IOException {
        Path self = TESTS.resolve("base/" + TestsUseTheFrontDoorTest.class.getSimpleName() + ".java");
        Map<String, Integer> found = new TreeMap<>();
        try (Stream<Path> files = Files.walk(TESTS)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java") && !f.equals(self))
                    .toList()) {
                int count = statements(Files.readString(file, StandardCharsets.UTF_8), tables);
                if (count > 0) {
                    found.put(TESTS.relativize(file).toString().replace('\\', '/'), count);
                }
            }
        }
        return found;
    }

    /** The string literals in the code (comments left out) that are SQL naming one of the tables. */
    static int statements(String code, Set<String> tables) {
        // A table named where SQL names one: after from, join, into, update or table.
        Pattern table = Pattern.compile(
                "(?i)\\b(?:from|join|into|update|table)\\s+`?(?:" + String.join("|", tables) + ")(?![\\w])");
        int count = 0;
        for (String literal : literals(code)) {
            if (SQL.matcher(literal).find() && table.matcher(literal).find()) {
                count++;
            }
        }
        return count;
    }

    private static List<String> literals(String code) {
        List<String> literals = new ArrayList<>();
        int i = 0;
        while (i < code.length()) {
            if (code.startsWith("//", i)) {
                i = endOf(code, "\n", i + 2);
            } else if (code.startsWith("/*", i)) {
                i = endOf(code, "*/", i + 2);
            } else if (code.startsWith("\"\"\"", i)) {
                int end = code.indexOf("\"\"\"", i + 3);
                end = end < 0 ? code.length() : end;
                literals.add(code.substring(i + 3, end));
                i = end + 3;
            } else if (code.charAt(i) == '"' || code.charAt(i) == '\'') {
                char quote = code.charAt(i);
                int j = i + 1;
                while (j < code.length() && code.charAt(j) != quote && code.charAt(j) != '\n') {
                    j += code.charAt(j) == '\\' ? 2 : 1;
                }
                if (quote == '"') {
                    literals.add(code.substring(i + 1, Math.min(j, code.length())));
                }
                i = j + 1;
            } else {
                i++;
            }
        }
        return literals;
    }

    private static int endOf(String code, String end, int from) {
        int at = code.indexOf(end, from);
        return at < 0 ? code.length() : at + end.length();
    }

    private static Set<String> portalTables() throws IOException {
        Pattern create = Pattern.compile("(?i)create\\s+table\\s+(?:if\\s+not\\s+exists\\s+)?`?(\\w+)");
        Set<String> tables = new TreeSet<>();
        try (Stream<Path> files = Files.list(MIGRATIONS)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".sql")).toList()) {
                Matcher m = create.matcher(Files.readString(file, StandardCharsets.UTF_8));
                while (m.find()) {
                    tables.add(m.group(1).toLowerCase());
                }
            }
        }
        assertThat(tables).as("tables read from the migrations").contains("feedback", "rating_summary");
        return tables;
    }

    private static Map.Entry<String, Allowed> allowed(String file, int most, String reason) {
        return Map.entry(file, new Allowed(most, reason));
    }

    private record Allowed(int most, String reason) {}
}
