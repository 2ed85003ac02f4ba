package uk.coproduction.portal.operations;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import uk.coproduction.portal.PortalTest;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 24, finding 2: an anonymous caller can neither write a line of their own into the log nor fill it. The
 * requests are the ones the tester sent; the log is what the portal printed while they were answered.
 */
@PortalTest
@ExtendWith(OutputCaptureExtension.class)
class ClientErrorLogTest {

    /** 60 bytes that start a line of their own with a timestamp and ERROR when CR and LF reach the log unescaped. */
    static final String FORGED = "/language?to=pl&back=%c0%0d%0a2026-12-07T00:00:00.000Z%20ERROR%201%20---%20FAKE";

    static final String MISSING_THEME_FILE = "/themes/portal/no-such-file.css";
    /** Over Tomcat's 2 MB form limit. */
    static final int OVERSIZED_FORM = 2 * 1024 * 1024 + 1024;

    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newBuilder()
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(5))
            .build();

    /** What the first request of all logs (Spring's servlet starting) is not the bad request's doing. */
    @BeforeEach
    void thePortalHasAnsweredOneGoodRequest(CapturedOutput output) throws Exception {
        assertThat(get("/actuator/health")).isEqualTo(200);
        settled(output);
    }

    @Test
    void aForgedLanguageLinkLeavesNoLineOfItsOwnAndNoStackTrace(CapturedOutput output) throws Exception {
        int before = output.length();
        get(FORGED);
        String written = settled(output).substring(before);
        reportOne("forged language link", written);

        assertThat(lines(written))
                .as("no line starts with the caller's timestamp")
                .noneMatch(line -> line.startsWith("2026-12-07T00:00:00.000Z"));
        assertThat(lines(written)).as("no stack trace").noneMatch(line -> line.startsWith("\tat "));
        assertThat(lines(written).size())
                .as("at most one line for the bad request")
                .isLessThanOrEqualTo(1);
    }

    @Test
    void aMissingThemeFileIsOneLineWithoutAStackTrace(CapturedOutput output) throws Exception {
        int before = output.length();
        assertThat(get(MISSING_THEME_FILE)).isEqualTo(404);
        String written = settled(output).substring(before);
        reportOne("missing theme file", written);

        assertThat(lines(written)).noneMatch(line -> line.startsWith("\tat "));
        assertThat(lines(written).size()).isLessThanOrEqualTo(1);
    }

    @Test
    void anOversizedSignInIsOneLineWithoutAStackTrace(CapturedOutput output) throws Exception {
        int before = output.length();
        int status = oversizedSignIn();
        String written = settled(output).substring(before);
        reportOne("oversized sign-in", written);

        assertThat(status).isBetween(400, 499);
        assertThat(lines(written)).noneMatch(line -> line.startsWith("\tat "));
        assertThat(lines(written).size()).isLessThanOrEqualTo(1);
    }

    @Test
    void aThousandBadAnonymousRequestsWriteABoundedLog(CapturedOutput output) throws Exception {
        int before = output.length();
        for (int i = 0; i < 1000; i++) {
            switch (i % 10) {
                case 0 -> oversizedSignIn();
                case 1, 2, 3, 4 -> get(MISSING_THEME_FILE + "?n=" + i);
                default -> get(FORGED);
            }
        }
        String written = settled(output).substring(before);
        int bytes = written.getBytes(StandardCharsets.UTF_8).length;
        report("1,000 bad anonymous requests (100 oversized sign-ins, 400 missing theme files, 500 forged language"
                + " links): " + bytes + " bytes of log, " + lines(written).size() + " lines, " + (bytes / 1000.0)
                + " bytes per bad request");

        assertThat(lines(written)).noneMatch(line -> line.startsWith("2026-12-07T00:00:00.000Z"));
        assertThat(lines(written)).noneMatch(line -> line.startsWith("\tat "));
        // The client-error lines are limited per minute (ClientErrorLog); a few other lines may come from jobs.
        assertThat(bytes).as("log bytes for 1,000 bad requests").isLessThan(32 * 1024);
    }

    private int get(String path) throws IOException, InterruptedException {
        return http.send(
                        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                                .timeout(Duration.ofSeconds(20))
                                .GET()
                                .build(),
                        HttpResponse.BodyHandlers.discarding())
                .statusCode();
    }

    private int oversizedSignIn() throws IOException, InterruptedException {
        byte[] body = new byte[OVERSIZED_FORM];
        Arrays.fill(body, (byte) 'a');
        byte[] start = "username=a&password=".getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(start, 0, body, 0, start.length);
        return http.send(
                        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/login"))
                                .timeout(Duration.ofSeconds(20))
                                .header("Content-Type", "application/x-www-form-urlencoded")
                                .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                                .build(),
                        HttpResponse.BodyHandlers.discarding())
                .statusCode();
    }

    /** Logging is synchronous, but Tomcat may finish a request's log after the response is sent. */
    private static String settled(CapturedOutput output) throws InterruptedException {
        int length;
        do {
            length = output.length();
            Thread.sleep(300);
        } while (output.length() != length);
        return output.toString();
    }

    private static List<String> lines(String text) {
        return text.isEmpty() ? List.of() : List.of(text.split("\r\n|\r|\n"));
    }

    private static void reportOne(String request, String written) throws IOException {
        report("One " + request + ": " + written.getBytes(StandardCharsets.UTF_8).length + " bytes of log, "
                + lines(written).size() + " lines");
    }

    private static void report(String line) throws IOException {
        Path file = Path.of("target", "client-error-log.txt");
        Files.createDirectories(file.getParent());
        Files.writeString(
                file,
                line + System.lineSeparator(),
                StandardCharsets.UTF_8,
                StandardOpenOption.CREATE,
                StandardOpenOption.APPEND);
        System.err.println(line);
    }
}
