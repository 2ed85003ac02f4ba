package uk.coproduction.portal.operations;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.LoggingEvent;
import ch.qos.logback.classic.util.LogbackMDCAdapter;
import org.junit.jupiter.api.Test;
import org.springframework.boot.logging.logback.StructuredLogEncoder;
import org.springframework.core.env.Environment;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.support.PropertiesLoaderUtils;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.nio.charset.StandardCharsets;
import java.util.Properties;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The prod profile logs JSON lines (issue 15), and a caller's line breaks stay inside one JSON string (issue 24):
 * Spring Boot's encoder, as logback-spring.xml uses it in prod, with the format application-prod.properties names.
 */
class JsonLogLinesTest {

    @Test
    void theProdProfileWritesElasticCommonSchemaJson() throws Exception {
        Properties prod = PropertiesLoaderUtils.loadProperties(new ClassPathResource("application-prod.properties"));
        assertThat(prod.getProperty("logging.structured.format.console")).isEqualTo("${PORTAL_LOG_FORMAT:ecs}");
        assertThat(new ClassPathResource("logback-spring.xml").getContentAsString(StandardCharsets.UTF_8))
                .contains("<springProfile name=\"prod\">", "structured-console-appender.xml");
    }

    @Test
    void aForgedLineStaysInsideOneJsonString() {
        LoggerContext logging = new LoggerContext();
        logging.putObject(Environment.class.getName(), new StandardEnvironment());
        logging.setMDCAdapter(new LogbackMDCAdapter());
        StructuredLogEncoder encoder = new StructuredLogEncoder();
        encoder.setContext(logging);
        encoder.setFormat("ecs");
        encoder.start();
        String forged = "pl\r\n2026-12-07T00:00:00.000Z ERROR 1 --- FAKE";
        LoggingEvent event = new LoggingEvent(
                JsonLogLinesTest.class.getName(),
                logging.getLogger("portal.test"),
                Level.INFO,
                "Language asked for: {}",
                null,
                new Object[] {forged});

        String written = new String(encoder.encode(event), StandardCharsets.UTF_8);

        assertThat(written.stripTrailing()).doesNotContain("\n", "\r");
        JsonNode line = JsonMapper.builder().build().readTree(written);
        assertThat(line.get("message").asString()).isEqualTo("Language asked for: " + forged);
        assertThat(
                        line.get("log.level") != null
                                ? line.get("log.level").asString()
                                : line.get("log").get("level").asString())
                .isEqualTo("INFO");
    }
}
