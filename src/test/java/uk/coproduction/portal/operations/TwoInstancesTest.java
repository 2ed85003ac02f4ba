package uk.coproduction.portal.operations;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import com.zaxxer.hikari.HikariDataSource;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.aop.support.AopUtils;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.scheduling.config.ScheduledTask;
import org.springframework.scheduling.config.ScheduledTaskHolder;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.ReflectionUtils;
import uk.coproduction.portal.Application;
import uk.coproduction.portal.feedback.ContactRequest;
import uk.coproduction.portal.feedback.FeedbackSubmissionService;
import uk.coproduction.portal.mail.Outbox;

import javax.sql.DataSource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two instances of the portal, one database (issue 15, decision 0031). Two whole Spring applications start in this
 * JVM: the first with the embedded MariaDB, the second against the first one's database, as a second server behind a
 * load balancer would be; both send e-mail to one SMTP server (GreenMail). Their schedulers are slowed to once an hour
 * so the test decides when each job runs: it runs every scheduled job on both instances at the same moment, as two
 * servers' clocks would, three times over, and then counts what was done.
 */
class TwoInstancesTest {

    private static final int SMTP_PORT = freePort();
    private static final int CONCERNS = 8;
    private static final int ALERTS = 40;

    private static GreenMail smtp;
    private static ConfigurableApplicationContext first;
    private static ConfigurableApplicationContext second;
    private static SecurityContextHolderStrategy sharedContextStrategy;

    @BeforeAll
    static void startTwoInstancesOnOneDatabase() {
        sharedContextStrategy = SecurityContextHolder.getContextHolderStrategy();
        smtp = new GreenMail(new ServerSetup(SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        first = start(Map.of());
        HikariDataSource database = (HikariDataSource) first.getBean(DataSource.class);
        second = start(Map.of(
                "portal.embedded-database.enabled", "false",
                "spring.datasource.url", database.getJdbcUrl(),
                "spring.datasource.username", database.getUsername(),
                "spring.datasource.password", database.getPassword()));
    }

    @AfterAll
    static void stopThem() {
        if (second != null) {
            second.close();
        }
        if (first != null) {
            first.close();
        }
        if (smtp != null) {
            smtp.stop();
        }
        SecurityContextHolder.setContextHolderStrategy(sharedContextStrategy);
    }

    @Test
    void everyScheduledJobTakesAClusterLock() {
        List<String> jobs = new ArrayList<>();
        for (String name : first.getBeanDefinitionNames()) {
            Object bean = first.getBean(name);
            Class<?> type = AopUtils.getTargetClass(bean);
            if (!type.getName().startsWith("uk.coproduction.portal")) {
                continue;
            }
            ReflectionUtils.doWithMethods(type, method -> {
                if (AnnotatedElementUtils.hasAnnotation(method, Scheduled.class)) {
                    jobs.add(type.getSimpleName() + "." + method.getName());
                    assertThat(AnnotatedElementUtils.hasAnnotation(method, SchedulerLock.class))
                            .as(type.getSimpleName() + "." + method.getName() + " runs on one instance at a time")
                            .isTrue();
                }
            });
        }
        assertThat(jobs).as("the jobs of issue 15 and the throttle's clean-up").hasSizeGreaterThanOrEqualTo(6);
    }

    @Test
    void eachJobsWorkIsDoneOnceAndEveryEmailIsSentOnce() throws Exception {
        JdbcTemplate jdbc = first.getBean(JdbcTemplate.class);
        FeedbackSubmissionService submissions = first.getBean(FeedbackSubmissionService.class);
        List<Long> concerns = new ArrayList<>();
        for (int i = 0; i < CONCERNS; i++) {
            String code = submissions
                    .tellSomeone(
                            UUID.randomUUID().toString(),
                            "I am scared at home " + i,
                            ContactRequest.NONE,
                            null,
                            "en-GB")
                    .referenceCode();
            concerns.add(jdbc.queryForObject("select id from feedback where reference_code = ?", Long.class, code));
        }
        // Nobody acknowledged them: told three hours ago, due within one.
        Timestamp threeHoursAgo = Timestamp.from(Instant.now().minus(Duration.ofHours(3)));
        for (long id : concerns) {
            jdbc.update(
                    "update feedback set submitted_at = ?, safeguarding_flagged_at = ? where id = ?",
                    threeHoursAgo,
                    threeHoursAgo,
                    id);
        }
        Outbox outbox = first.getBean(Outbox.class);
        first.getBean(TransactionTemplate.class).executeWithoutResult(status -> {
            for (int i = 0; i < ALERTS; i++) {
                outbox.queueStaffAlert(
                        concerns.getFirst(), "team" + i + "@example.org", "Two instances " + i, "Alert " + i);
            }
        });

        Map<String, Runnable> onFirst = scheduledTasks(first);
        Map<String, Runnable> onSecond = scheduledTasks(second);
        assertThat(onSecond.keySet()).isEqualTo(onFirst.keySet());
        // Escalations queue e-mails, so they run before the outbox is sent; all jobs run on both at once.
        List<String> order = onFirst.keySet().stream()
                .sorted(Comparator.comparing((String job) -> job.contains("OutboxSender"))
                        .thenComparing(job -> job))
                .toList();
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < 3; round++) {
                for (String job : order) {
                    bothAtOnce(threads, onFirst.get(job), onSecond.get(job));
                }
            }
        } finally {
            threads.shutdown();
        }

        List<Map<String, Object>> escalations = jdbc.queryForList("select feedback_id, count(*) as times"
                + " from safeguarding_action where kind = 'ESCALATED' group by feedback_id");
        assertThat(escalations)
                .as("every overdue concern escalated")
                .hasSize(CONCERNS)
                .allSatisfy(row -> assertThat(((Number) row.get("times")).intValue())
                        .as("escalated once")
                        .isEqualTo(1));

        Integer queued = jdbc.queryForObject("select count(*) from outgoing_email", Integer.class);
        Integer sent =
                jdbc.queryForObject("select count(*) from outgoing_email where sent_at is not null", Integer.class);
        assertThat(sent).as("every queued e-mail sent").isEqualTo(queued);
        // Arrival alerts to the lead, escalations to the second contact, and the staff alerts queued here.
        assertThat(queued).isEqualTo(CONCERNS + CONCERNS + ALERTS);
        Map<String, Long> received = receivedByRecipientAndSubject();
        assertThat(received.values())
                .as("no e-mail received twice: " + received)
                .allMatch(times -> times == 1);
        assertThat(received).hasSize(queued);
        assertThat(smtp.getReceivedMessages()).hasSize(queued);

        assertThat(jdbc.queryForList("select name from shedlock", String.class))
                .as("each job's lock, named once for both instances")
                .contains(
                        "outbox-sender",
                        "safeguarding-escalation",
                        "draft-cleanup",
                        "retention",
                        "old-proofs-cleanup",
                        "sign-in-throttle-cleanup");
    }

    private static void bothAtOnce(ExecutorService threads, Runnable onFirst, Runnable onSecond) throws Exception {
        CyclicBarrier together = new CyclicBarrier(2);
        List<Future<?>> runs = new ArrayList<>();
        for (Runnable job : List.of(onFirst, onSecond)) {
            runs.add(threads.submit(() -> {
                together.await();
                job.run();
                return null;
            }));
        }
        for (Future<?> run : runs) {
            run.get();
        }
    }

    /** What each instance's scheduler would run, by the scheduled method's name. */
    private static Map<String, Runnable> scheduledTasks(ConfigurableApplicationContext context) {
        Map<String, Runnable> tasks = new LinkedHashMap<>();
        for (ScheduledTaskHolder holder :
                context.getBeansOfType(ScheduledTaskHolder.class).values()) {
            for (ScheduledTask task : holder.getScheduledTasks()) {
                String name = task.getTask().toString();
                if (name.startsWith("uk.coproduction.portal")) {
                    tasks.put(name, task.getTask().getRunnable());
                }
            }
        }
        return tasks;
    }

    private static Map<String, Long> receivedByRecipientAndSubject() throws MessagingException {
        Map<String, Long> counts = new HashMap<>();
        for (MimeMessage message : smtp.getReceivedMessages()) {
            counts.merge(message.getAllRecipients()[0] + " | " + message.getSubject(), 1L, Long::sum);
        }
        return counts;
    }

    private static ConfigurableApplicationContext start(Map<String, Object> own) {
        Map<String, Object> properties = new HashMap<>(Map.of(
                "server.port", "0",
                "spring.mail.host", "127.0.0.1",
                "spring.mail.port", String.valueOf(SMTP_PORT),
                "portal.mail.send-every", "PT1H",
                "portal.safeguarding.escalate-every", "PT1H",
                "portal.my-data.cleanup-every", "PT1H",
                "portal.login.cleanup-every", "PT1H",
                // Scheduled (a disabled job would not be listed) but not due during the test.
                "portal.drafts.cleanup-cron", "0 0 0 1 1 *",
                "portal.retention.cron", "0 0 0 1 1 *"));
        properties.putAll(own);
        // As command-line arguments, which win over application.properties (as an operator's settings would).
        return new SpringApplicationBuilder(Application.class)
                .profiles("test")
                .run(properties.entrySet().stream()
                        .map(setting -> "--" + setting.getKey() + "=" + setting.getValue())
                        .toArray(String[]::new));
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
