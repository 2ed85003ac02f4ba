package uk.coproduction.portal.security;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.dom.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import uk.coproduction.portal.PortalTest;
import uk.coproduction.portal.advocacy.AdvocacyFixtures;
import uk.coproduction.portal.advocacy.AdvocacyService;
import uk.coproduction.portal.advocacy.ConsentBasis;
import uk.coproduction.portal.advocacy.OnBehalfSubmission;
import uk.coproduction.portal.base.InvalidInputException;
import uk.coproduction.portal.base.RespondentGroup;
import uk.coproduction.portal.base.TextInput;
import uk.coproduction.portal.base.security.Roles;
import uk.coproduction.portal.charter.CharterService;
import uk.coproduction.portal.feedback.ContactRequest;
import uk.coproduction.portal.feedback.DraftSnapshot;
import uk.coproduction.portal.feedback.FeedbackDraftService;
import uk.coproduction.portal.feedback.FeedbackFixtures;
import uk.coproduction.portal.feedback.FeedbackSubmission;
import uk.coproduction.portal.feedback.FeedbackSubmissionService;
import uk.coproduction.portal.feedback.PersonsAnswer;
import uk.coproduction.portal.feedback.RatingAnswer;
import uk.coproduction.portal.feedback.ReplyMethod;
import uk.coproduction.portal.feedback.SubmissionReceipt;
import uk.coproduction.portal.feedback.Wording;
import uk.coproduction.portal.frontline.FrontlineSubmission;
import uk.coproduction.portal.frontline.FrontlineViewsService;
import uk.coproduction.portal.imports.CheckedRow;
import uk.coproduction.portal.imports.CsvImportService;
import uk.coproduction.portal.imports.CsvTemplate;
import uk.coproduction.portal.imports.ImportPreview;
import uk.coproduction.portal.imports.ImportProblem;
import uk.coproduction.portal.imports.ImportProgress;
import uk.coproduction.portal.imports.ImportRefusedException;
import uk.coproduction.portal.imports.ImportResult;
import uk.coproduction.portal.privacy.ErasureOutcome;
import uk.coproduction.portal.privacy.MyDataService;
import uk.coproduction.portal.privacy.ui.MyDataView;
import uk.coproduction.portal.services.Team;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 7's hostile-input test: thousands of generated hostile texts (see {@link HostileInputs}, fixed seed) go
 * through every public form field at its service, through the advocate's form and through the CSV import. Nothing
 * may fail with anything but a refusal whose message is a real translation; whatever is stored must read back from
 * the database exactly as {@link TextInput#clean} made it, with no control or direction-override characters left;
 * a stored hostile comment is shown as text, never as markup; and a sample goes through the real HTTP front.
 * The figures are written to target/hostile-input-figures.md.
 */
@PortalTest
@ViewPackages(classes = MyDataView.class)
class HostileInputTest extends SpringBrowserlessTest {

    private static final long SEED = 20261123L;
    private static final Path FIGURES = Path.of("target", "hostile-input-figures.md");

    /** What happened to one input. */
    enum Outcome {
        STORED("stored as cleaned text"),
        STORED_EMPTY("nothing left after cleaning (stored as empty)"),
        REFUSED("refused with a message"),
        NOT_FOUND("look-up: not found, said kindly"),
        SERVER_ERROR("server error / unexpected exception");

        final String label;

        Outcome(String label) {
            this.label = label;
        }
    }

    private static final Map<String, EnumMap<Outcome, Integer>> BY_FIELD = new LinkedHashMap<>();
    private static final Map<HostileInputs.Kind, EnumMap<Outcome, Integer>> BY_KIND =
            new EnumMap<>(HostileInputs.Kind.class);
    private static final List<String> HTTP_LINES = new ArrayList<>();
    private static final List<String> UNEXPECTED = new ArrayList<>();
    private static long millis;
    /** Rows stored from a file the import refused, or more rows than the file had: must stay 0. */
    private static int rowsHalfImported;

    private static final List<String> WHOLE_FILES = new ArrayList<>();

    @Autowired
    FeedbackSubmissionService submissions;

    @Autowired
    FeedbackDraftService drafts;

    @Autowired
    MyDataService myData;

    @Autowired
    FrontlineViewsService frontline;

    @Autowired
    AdvocacyService advocacy;

    @Autowired
    CsvImportService imports;

    @Autowired
    FeedbackFixtures fixtures;

    @Autowired
    AdvocacyFixtures advocacyFixtures;

    @Autowired
    TestAccounts accounts;

    @Autowired
    CharterService charter;

    @Autowired
    JdbcTemplate jdbc;

    @LocalServerPort
    int port;

    private final Properties translations = translations();

    @Test
    void everyPublicFieldTakesHostileInputWithoutServerErrorsAndStoresOnlyCleanedText() {
        long started = System.nanoTime();
        HostileInputs hostile = new HostileInputs(SEED, TextInput.MAX_LENGTH, 254, 200);
        long serviceId = fixtures.serviceOf(Team.CHILDRENS).id();
        long question = charter.expectations().getFirst().id();
        Map<Long, RatingAnswer> ratings = fixtures.allAnswered(RatingAnswer.OK);

        // The public journeys' submission, one field hostile at a time.
        feed("feedback: comment", hostile.next(1200), TextInput::clean, text -> {
            String code = submit(new FeedbackSubmission(
                    UUID.randomUUID().toString(), serviceId, null, RespondentGroup.YOUNG_PERSON, null, ratings, text));
            return column("comment", code);
        });
        feed(
                "feedback: one thing to change",
                hostile.next(800),
                TextInput::clean,
                text -> column(
                        "change_wanted", submit(journey(serviceId, ratings, Map.of(), text, ContactRequest.NONE))));
        feed("feedback: tell us more (per question)", hostile.next(800), TextInput::clean, text -> {
            String code = submit(journey(serviceId, ratings, Map.of(question, text), null, ContactRequest.NONE));
            return jdbc
                    .queryForList(
                            "select c.comment from feedback_answer_comment c join feedback f on f.id ="
                                    + " c.feedback_id where f.reference_code = ?",
                            String.class,
                            code)
                    .stream()
                    .findFirst()
                    .orElse(null);
        });
        feed(
                "feedback: reply e-mail",
                emails(hostile, 400),
                TextInput::clean,
                text -> column(
                        "contact_email",
                        submit(journey(
                                serviceId,
                                ratings,
                                Map.of(),
                                null,
                                new ContactRequest(ReplyMethod.EMAIL, text, null, null)))));
        feed(
                "feedback: reply phone",
                phones(hostile, 300),
                TextInput::clean,
                text -> column(
                        "contact_phone",
                        submit(journey(
                                serviceId,
                                ratings,
                                Map.of(),
                                null,
                                new ContactRequest(ReplyMethod.PHONE, null, text, null)))));
        feed(
                "feedback: reply through advocate",
                hostile.next(300),
                TextInput::clean,
                text -> column(
                        "contact_advocate",
                        submit(journey(
                                serviceId,
                                ratings,
                                Map.of(),
                                null,
                                new ContactRequest(ReplyMethod.ADVOCATE, null, null, text)))));
        feed(
                "I don't feel safe: words",
                hostile.next(200),
                TextInput::clean,
                text -> column(
                        "comment",
                        submissions
                                .tellSomeone(UUID.randomUUID().toString(), text, ContactRequest.NONE, null, "en-GB")
                                .referenceCode()));

        // The journey's draft, saved at every page, and the copy brought back from the person's device.
        String draft = drafts.start("en-GB").returnCode();
        feed("journey draft: tell us more", hostile.next(1000), TextInput::clean, text -> {
            drafts.answer(draft, question, RatingAnswer.GOOD, text);
            return jdbc.queryForObject(
                    "select a.comment from feedback_draft_answer a join feedback_draft d on d.id ="
                            + " a.draft_id where d.return_code = ? and a.expectation_id = ?",
                    String.class,
                    draft,
                    question);
        });
        feed("journey draft: one thing to change", hostile.next(600), TextInput::clean, text -> {
            drafts.wantChange(draft, text);
            return draftColumn("change_wanted", draft);
        });
        feed("journey draft: reply e-mail", emails(hostile, 200), TextInput::clean, text -> {
            drafts.askForReply(draft, new ContactRequest(ReplyMethod.EMAIL, text, null, null));
            return draftColumn("contact_email", draft);
        });
        feed("journey draft: reply phone", phones(hostile, 200), TextInput::clean, text -> {
            drafts.askForReply(draft, new ContactRequest(ReplyMethod.PHONE, null, text, null));
            return draftColumn("contact_phone", draft);
        });
        feed("journey draft: reply through advocate", hostile.next(200), TextInput::clean, text -> {
            drafts.askForReply(draft, new ContactRequest(ReplyMethod.ADVOCATE, null, null, text));
            return draftColumn("contact_advocate", draft);
        });
        feed("journey draft: copy from the device", hostile.next(300), HostileInputTest::keptWhenItFits, text -> {
            DraftSnapshot copy = new DraftSnapshot(
                    text,
                    text,
                    false,
                    null,
                    null,
                    false,
                    null,
                    null,
                    null,
                    false,
                    null,
                    Map.of(question, new DraftSnapshot.Answer(RatingAnswer.OK, text)),
                    true,
                    text,
                    null,
                    null);
            String restored = drafts.restore(copy).returnCode();
            assertThat(jdbc.queryForObject(
                            "select language from feedback_draft where return_code = ?", String.class, restored))
                    .isIn("en-GB", "en-GB-easyread", "pl-PL", "pl");
            return draftColumn("change_wanted", restored);
        });

        // Code look-ups: track a reply, "did it make sense?", carry on a journey, my data and erasure.
        String realCode = submit(journey(serviceId, ratings, Map.of(), "A real one", ContactRequest.NONE));
        feed(
                "track: reference code",
                codes(hostile, 1000, realCode),
                null,
                text -> submissions.progress(text).map(p -> "found").orElse(null));
        feed(
                "track: answer to our reply",
                codes(hostile, 300, realCode),
                null,
                text -> submissions.respondToReply(text, PersonsAnswer.YES, null) ? "found" : null);
        feed(
                "journey: return code",
                codes(hostile, 500, draft),
                null,
                text -> drafts.find(text).map(d -> "found").orElse(null));
        feed(
                "my data: reference code",
                codes(hostile, 1000, realCode),
                null,
                text -> myData.lookUp(text).map(d -> "found").orElse(null));
        feed(
                "my data: second proof (private code)",
                hostile.next(500),
                null,
                text -> myData.prove(realCode, text).opened() ? "found" : null);
        feed(
                "my data: opened record, by anything typed",
                codes(hostile, 300, realCode),
                null,
                text -> myData.dataHeld(text).map(d -> "found").orElse(null));
        feed(
                "my data: erasure preview",
                codes(hostile, 500, "ZZZ-999"),
                null,
                text -> myData.previewErasure(text).map(p -> "found").orElse(null));
        feed(
                "my data: confirm erasure",
                codes(hostile, 500, "ZZZ-999"),
                null,
                text -> myData.confirmErasure(text, text) == ErasureOutcome.ERASED ? "found" : null);

        // Frontline workers' views (no account).
        feed("frontline: your role", hostile.next(600), TextInput::clean, text -> {
            String code = frontline
                    .submit(new FrontlineSubmission(UUID.randomUUID().toString(), serviceId, text, null, ratings, null))
                    .referenceCode();
            return jdbc.queryForObject(
                    "select r.role from frontline_response r join feedback f on f.id ="
                            + " r.feedback_id where f.reference_code = ?",
                    String.class,
                    code);
        });
        feed(
                "frontline: what gets in the way",
                hostile.next(600),
                TextInput::clean,
                text -> column(
                        "comment",
                        frontline
                                .submit(new FrontlineSubmission(
                                        UUID.randomUUID().toString(), serviceId, null, null, Map.of(), text))
                                .referenceCode()));

        // An advocate's form on someone's behalf (signed in).
        accounts.ensureStandardAccounts();
        advocacyFixtures.ensureAdvocates();
        signedInAs(AdvocacyFixtures.JO, Roles.ADVOCATE, () -> {
            OnBehalfSubmission base = advocacyFixtures.verbalConsentAbout("Occupational Therapy", "Fine");
            feed(
                    "advocate: their words",
                    hostile.next(300),
                    TextInput::clean,
                    text -> column(
                            "comment",
                            advocacy.submit(copy(base, text, base.changeWanted(), base.consent(), null))
                                    .referenceCode()));
            feed(
                    "advocate: one thing to change",
                    hostile.next(200),
                    TextInput::clean,
                    text -> column(
                            "change_wanted",
                            advocacy.submit(copy(base, base.comment(), text, base.consent(), null))
                                    .referenceCode()));
            feed("advocate: best-interests decision by", hostile.next(200), TextInput::clean, text -> {
                String code = advocacy.submit(
                                copy(base, base.comment(), base.changeWanted(), ConsentBasis.BEST_INTERESTS, text))
                        .referenceCode();
                return jdbc.queryForObject(
                        "select a.best_interests_by from feedback_advocacy a join feedback f on"
                                + " f.id = a.feedback_id where f.reference_code = ?",
                        String.class,
                        code);
            });
        });

        // The CSV import (a commissioner): hostile cells in every kind of column, and hostile files.
        signedInAs(TestAccounts.CHILDRENS_COMMISSIONER, Roles.COMMISSIONER, () -> {
            importHostileCells(hostile, 2500);
            importHostileFiles();
        });

        millis += (System.nanoTime() - started) / 1_000_000;
        assertThat(UNEXPECTED)
                .as("inputs that failed with something other than a clear refusal")
                .isEmpty();
        int total = BY_FIELD.values().stream()
                .flatMap(m -> m.values().stream())
                .mapToInt(Integer::intValue)
                .sum();
        assertThat(total).isGreaterThanOrEqualTo(10_000);
        assertThat(BY_FIELD.values().stream()
                        .mapToInt(m -> m.getOrDefault(Outcome.STORED, 0))
                        .sum())
                .as("a test that stored nothing would prove nothing")
                .isGreaterThan(1000);
        assertThat(BY_FIELD.values().stream()
                        .mapToInt(m -> m.getOrDefault(Outcome.REFUSED, 0))
                        .sum())
                .isGreaterThan(100);
    }

    @Test
    void aStoredHostileCommentIsShownAsTextNeverAsMarkup() {
        String payload = "<script>alert('x')</script><img src=x onerror=alert(1)> \u202Eevil "
                + "<a href=\"javascript:alert(1)\">click</a> ' OR 1=1 --";
        long serviceId = fixtures.serviceOf(Team.CHILDRENS).id();
        long question = charter.expectations().getFirst().id();
        SubmissionReceipt receipt = submissions.submit(new FeedbackSubmission(
                UUID.randomUUID().toString(),
                serviceId,
                null,
                RespondentGroup.YOUNG_PERSON,
                null,
                fixtures.allAnswered(RatingAnswer.OK),
                payload,
                Map.of(question, "<svg onload=alert(2)>"),
                "=cmd|' /C calc'!A0<iframe src=x>",
                Wording.YOUNG_PERSON,
                "en-GB",
                ContactRequest.NONE));

        navigate(MyDataView.class);
        test(find(TextField.class).withLabel("Your reference code").single()).setValue(receipt.referenceCode());
        test(find(Button.class).withText("Next").single()).click();
        test(find(TextField.class).withLabel("Your private code").single()).setValue(receipt.secret());
        test(find(Button.class).withText("Show what you keep").single()).click();

        String shown = getCurrentView().getElement().getTextRecursively();
        assertThat(shown)
                .contains(TextInput.clean(payload))
                .contains("<svg onload=alert(2)>")
                .contains("=cmd|' /C calc'!A0<iframe src=x>")
                .doesNotContain("\u202E");
        List<Element> all = new ArrayList<>();
        collect(getCurrentView().getElement(), all);
        assertThat(all).extracting(Element::getTag).doesNotContain("script", "img", "svg", "iframe");
        assertThat(all)
                .as("no element has markup set from the person's words")
                .noneMatch(e -> e.hasProperty("innerHTML")
                        && String.valueOf(e.getProperty("innerHTML")).contains("alert"))
                .noneMatch(e -> e.getAttributeNames().anyMatch(n -> n.startsWith("on")))
                .noneMatch(e -> e.hasAttribute("href") && e.getAttribute("href").startsWith("javascript"));
    }

    @Test
    void theHttpFrontAnswersHostileRequestsWithoutServerErrorsOrOpenRedirects() throws Exception {
        HostileInputs hostile = new HostileInputs(SEED + 1, 300);
        HttpClient http = HttpClient.newBuilder()
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(5))
                .build();
        String[] routes = {
            "/track?code=",
            "/my-data?code=",
            "/feedback/question/",
            "/you-said-we-did/",
            "/feedback?return=",
            "/frontline?service="
        };
        Map<String, Integer> statuses = new LinkedHashMap<>();
        int index = 0;
        List<String> failures = new ArrayList<>();
        for (HostileInputs.Input input : hostile.next(200)) {
            String encoded = URLEncoder.encode(input.text(), StandardCharsets.UTF_8);
            String path = index % 2 == 0
                    ? "/language?to=" + encoded + "&back=" + encoded
                    : routes[index % routes.length] + encoded;
            index++;
            HttpResponse<String> response = http.send(
                    HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                            .timeout(Duration.ofSeconds(20))
                            .GET()
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            String label = path.startsWith("/language")
                    ? "GET /language (to, back)"
                    : "GET public pages with the text" + " in the path or query";
            statuses.merge(label + " → " + response.statusCode() / 100 + "xx", 1, Integer::sum);
            String shortPath = path.length() > 120 ? path.substring(0, 120) + "…" : path;
            if (response.statusCode() >= 500) {
                failures.add(response.statusCode() + " for " + shortPath);
            }
            String location = response.headers().firstValue("Location").orElse("");
            if (response.statusCode() / 100 == 3
                    && path.startsWith("/language")
                    && !location.matches("(http://127\\.0\\.0\\.1:" + port + ")?/[A-Za-z0-9/_\\-]*")) {
                failures.add("redirect to " + location + " for " + shortPath);
            }
            if (input.text().contains("<") && response.body().contains(input.text())) {
                failures.add("payload echoed unescaped for " + shortPath);
            }
        }
        synchronized (HTTP_LINES) {
            statuses.forEach((what, count) -> HTTP_LINES.add("| " + what + " | " + count + " |"));
        }
        assertThat(failures).isEmpty();
    }

    // --- feeding and counting -------------------------------------------------------------------------------

    interface Attempt {
        /** Sends the text; returns what was stored, read back through JDBC (null when stored empty / not found). */
        String run(String text);
    }

    /**
     * @param expected what the stored value must be, from the input; null for look-ups (nothing is stored)
     */
    private void feed(
            String field, List<HostileInputs.Input> inputs, Function<String, String> expected, Attempt attempt) {
        for (HostileInputs.Input input : inputs) {
            Outcome outcome;
            try {
                String stored = attempt.run(input.text());
                if (expected == null) {
                    outcome = stored == null ? Outcome.NOT_FOUND : Outcome.STORED;
                } else {
                    String wanted = expected.apply(input.text());
                    if (!Objects.equals(stored, wanted)) {
                        unexpected(
                                field, input, "stored " + describe(stored) + " but cleaning gives " + describe(wanted));
                        outcome = Outcome.SERVER_ERROR;
                    } else if (stored != null && !safe(stored)) {
                        unexpected(
                                field,
                                input,
                                "stored text still holds control or override characters: " + describe(stored));
                        outcome = Outcome.SERVER_ERROR;
                    } else {
                        outcome = stored == null ? Outcome.STORED_EMPTY : Outcome.STORED;
                    }
                }
            } catch (InvalidInputException refused) {
                outcome = Outcome.REFUSED;
                for (InvalidInputException.Problem problem : refused.problems()) {
                    if (!translations.containsKey(problem.messageKey())) {
                        unexpected(field, input, "refused with a key that has no message: " + problem.messageKey());
                        outcome = Outcome.SERVER_ERROR;
                    }
                }
            } catch (RuntimeException | AssertionError failure) {
                unexpected(field, input, failure.toString());
                outcome = Outcome.SERVER_ERROR;
            }
            count(field, input.kind(), outcome);
        }
    }

    private static synchronized void count(String field, HostileInputs.Kind kind, Outcome outcome) {
        BY_FIELD.computeIfAbsent(field, f -> new EnumMap<>(Outcome.class)).merge(outcome, 1, Integer::sum);
        BY_KIND.computeIfAbsent(kind, k -> new EnumMap<>(Outcome.class)).merge(outcome, 1, Integer::sum);
    }

    private static synchronized void unexpected(String field, HostileInputs.Input input, String what) {
        if (UNEXPECTED.size() < 40) {
            UNEXPECTED.add(field + " / " + input.kind() + " / " + describe(input.text()) + ": " + what);
        } else if (UNEXPECTED.size() == 40) {
            UNEXPECTED.add("...");
        }
    }

    /** No control characters (except new lines and tabs), no direction overrides, no lone surrogates. */
    static boolean safe(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\t') {
                continue;
            }
            if (Character.getType(c) == Character.CONTROL
                    || (c >= 0x202A && c <= 0x202E)
                    || (c >= 0x2066 && c <= 0x2069)) {
                return false;
            }
            if (Character.isHighSurrogate(c)) {
                if (i + 1 >= text.length() || !Character.isLowSurrogate(text.charAt(i + 1))) {
                    return false;
                }
                i++;
            } else if (Character.isLowSurrogate(c)) {
                return false;
            }
        }
        return true;
    }

    private static String describe(String text) {
        if (text == null) {
            return "null";
        }
        String shown = text.length() > 60 ? text.substring(0, 60) + "…(" + text.length() + ")" : text;
        StringBuilder out = new StringBuilder("\"");
        shown.chars()
                .forEach(c -> out.append(
                        c < 0x20
                                        || (c >= 0x7F && c < 0xA0)
                                        || Character.isSurrogate((char) c)
                                        || (c >= 0x2000 && c <= 0x206F)
                                ? String.format("\\u%04X", c)
                                : String.valueOf((char) c)));
        return out.append('"').toString();
    }

    /** The device's copy is checked again: words that no longer fit are left out, the rest kept as cleaned. */
    private static String keptWhenItFits(String text) {
        String cleaned = TextInput.clean(text);
        return cleaned == null || cleaned.length() > TextInput.MAX_LENGTH ? null : cleaned;
    }

    @AfterAll
    static void writeFigures() throws IOException {
        StringBuilder md = new StringBuilder("# Hostile-input figures\n\n");
        md.append("Written by `HostileInputTest` (seed ")
                .append(SEED)
                .append("); service-level run took ")
                .append(String.format("%.1f", millis / 1000.0))
                .append(" s.\n\n");
        md.append("| Field | Inputs | ");
        for (Outcome outcome : Outcome.values()) {
            md.append(outcome.label).append(" | ");
        }
        md.append("\n|---|---:|")
                .append("---:|".repeat(Outcome.values().length))
                .append('\n');
        EnumMap<Outcome, Integer> totals = new EnumMap<>(Outcome.class);
        BY_FIELD.forEach((field, outcomes) -> {
            row(md, field, outcomes);
            outcomes.forEach((o, n) -> totals.merge(o, n, Integer::sum));
        });
        row(md, "**All fields**", totals);
        md.append("\n| Kind of input | Inputs | ");
        for (Outcome outcome : Outcome.values()) {
            md.append(outcome.label).append(" | ");
        }
        md.append("\n|---|---:|")
                .append("---:|".repeat(Outcome.values().length))
                .append('\n');
        BY_KIND.forEach((kind, outcomes) -> row(md, kind.name().toLowerCase().replace('_', ' '), outcomes));
        if (!HTTP_LINES.isEmpty()) {
            md.append(
                    "\nThrough the real HTTP front (a sample, no browser):\n\n| Request → status | Count |\n|---|---:|\n");
            HTTP_LINES.forEach(line -> md.append(line).append('\n'));
        }
        if (!WHOLE_FILES.isEmpty()) {
            md.append("\nWhole CSV files (issue 19): each checked, then imported anyway; rows stored from it:\n\n"
                    + "| File | Bytes | Refused with | Rows stored |\n|---|---:|---|---:|\n");
            WHOLE_FILES.forEach(line -> md.append(line).append('\n'));
        }
        md.append("\nRows half-imported (stored from a refused file): ")
                .append(rowsHalfImported)
                .append("\n");
        if (!UNEXPECTED.isEmpty()) {
            md.append("\nUnexpected:\n\n");
            UNEXPECTED.forEach(
                    line -> md.append("- ").append(line.replace("|", "\\|")).append('\n'));
        }
        Files.createDirectories(FIGURES.getParent());
        Files.writeString(FIGURES, md.toString());
    }

    private static void row(StringBuilder md, String name, EnumMap<Outcome, Integer> outcomes) {
        int inputs = outcomes.values().stream().mapToInt(Integer::intValue).sum();
        md.append("| ")
                .append(name)
                .append(" | ")
                .append(String.format("%,d", inputs))
                .append(" | ");
        for (Outcome outcome : Outcome.values()) {
            md.append(String.format("%,d", outcomes.getOrDefault(outcome, 0))).append(" | ");
        }
        md.append('\n');
    }

    // --- the CSV import -------------------------------------------------------------------------------------

    private static final String[] HOSTILE_COLUMNS = {
        "their_words",
        "their_words",
        "their_words",
        "their_words",
        "one_thing_to_change",
        "one_thing_to_change",
        "one_thing_to_change",
        "service",
        "area",
        "group",
        "age_band",
        "channel",
        "date_received",
        "q3_listen"
    };

    private void importHostileCells(HostileInputs hostile, int rows) {
        List<String> header = CsvTemplate.header();
        String service = imports.myServices().getFirst().code();
        Map<String, String> base = new LinkedHashMap<>();
        header.forEach(column -> base.put(column, ""));
        base.put("service", service);
        base.put("group", "YOUNG_PERSON");
        base.put("date_received", "2026-03-14");
        base.put("q1_respect", "good");
        base.put("their_words", "Kind staff");
        StringBuilder file = new StringBuilder(String.join(",", header)).append("\r\n");
        List<HostileInputs.Input> inputs = hostile.next(rows);
        List<String> columns = new ArrayList<>();
        List<String> cells = new ArrayList<>();
        for (int i = 0; i < inputs.size(); i++) {
            String column = HOSTILE_COLUMNS[i % HOSTILE_COLUMNS.length];
            // A file with a NUL anywhere is refused whole (tested below); as written to a file, text is UTF-8.
            String cell = new String(
                    inputs.get(i).text().replace("\0", "").getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8);
            columns.add(column);
            cells.add(cell);
            Map<String, String> row = new LinkedHashMap<>(base);
            row.put(column, cell);
            // Each row unique, so none is skipped as "already imported".
            row.put(
                    "q2_include",
                    List.of("good", "bad", "ok", "very good", "not sure").get(i % 5));
            row.put(
                    "date_received",
                    column.equals("date_received")
                            ? cell
                            : LocalDate.of(2023, 1, 1).plusDays(i % 1000).toString());
            file.append(header.stream()
                            .map(h -> "\"" + row.get(h).replace("\"", "\"\"") + "\"")
                            .collect(Collectors.joining(",")))
                    .append("\r\n");
        }
        byte[] bytes = file.toString().getBytes(StandardCharsets.UTF_8);
        ImportPreview preview = imports.check("hostile \u202Efdp.exe<script>.csv", bytes, ImportProgress.NONE);
        assertThat(preview.fileProblems()).isEmpty();
        // Rows whose inputs normalise to the same words are likely duplicates (decision 0036): imported anyway here,
        // so every row that is not refused is stored and can be compared with its cleaned text.
        ImportResult result = imports.importGoodRows(
                "hostile \u202Efdp.exe<script>.csv",
                bytes,
                preview.likelyDuplicates().stream().map(CheckedRow::row).collect(Collectors.toSet()),
                ImportProgress.NONE);
        assertThat(jdbc.queryForObject(
                        "select file_name from import_batch where id = ?", String.class, result.batchId()))
                .doesNotContain("\u202E");
        Map<Integer, Map<String, Object>> stored = new HashMap<>();
        jdbc.queryForList(
                        "select r.source_row, f.comment, f.change_wanted from import_row r join feedback f on"
                                + " f.id = r.feedback_id where r.batch_id = ?",
                        result.batchId())
                .forEach(m -> stored.put(((Number) m.get("source_row")).intValue(), m));
        Map<Integer, CheckedRow> checked = preview.rows().stream().collect(Collectors.toMap(CheckedRow::row, r -> r));
        for (int i = 0; i < inputs.size(); i++) {
            int sourceRow = i + 2;
            String field = "CSV import: " + columns.get(i) + " cell";
            HostileInputs.Input input = new HostileInputs.Input(inputs.get(i).kind(), cells.get(i));
            CheckedRow row = checked.get(sourceRow);
            if (row == null) {
                unexpected(field, input, "row " + sourceRow + " missing from the preview");
                count(field, input.kind(), Outcome.SERVER_ERROR);
            } else if (row.status() == CheckedRow.Status.PROBLEMS) {
                boolean clear = row.problems().stream().allMatch(p -> translations.containsKey(p.messageKey()));
                if (!clear) {
                    unexpected(field, input, "a problem without a message: " + row.problems());
                }
                count(field, input.kind(), clear ? Outcome.REFUSED : Outcome.SERVER_ERROR);
                if (stored.containsKey(sourceRow)) {
                    unexpected(field, input, "a row with problems was imported");
                }
            } else {
                Map<String, Object> saved = stored.get(sourceRow);
                String column = columns.get(i);
                String value = saved == null
                        ? null
                        : (String) saved.get(column.equals("one_thing_to_change") ? "change_wanted" : "comment");
                String wanted = column.equals("their_words") || column.equals("one_thing_to_change")
                        ? TextInput.clean(cells.get(i))
                        : column.equals("one_thing_to_change") ? null : "Kind staff";
                if (saved == null || !Objects.equals(value, wanted) || (value != null && !safe(value))) {
                    unexpected(field, input, "imported as " + describe(value) + ", cleaning gives " + describe(wanted));
                    count(field, input.kind(), Outcome.SERVER_ERROR);
                } else {
                    count(field, input.kind(), value == null ? Outcome.STORED_EMPTY : Outcome.STORED);
                }
            }
        }
    }

    /** Whole files that cannot be read: each refused with a message that says why. */
    private void importHostileFiles() {
        String header = String.join(",", CsvTemplate.header());
        String good = "\"" + imports.myServices().getFirst().code() + "\",,YOUNG_PERSON,,,2026-03-14,good,,,,,,x,";
        List<byte[]> files = new ArrayList<>();
        files.add((header + "\r\n" + good.replace(",x,", ",a\0b,") + "\r\n").getBytes(StandardCharsets.UTF_8));
        byte[] broken = (header + "\r\n" + good + "\r\n").getBytes(StandardCharsets.UTF_8);
        int x = new String(broken, StandardCharsets.ISO_8859_1).lastIndexOf(",x,") + 1;
        broken[x] = (byte) 0xC3;
        files.add(broken);
        files.add(
                (header + "\r\n" + good.replace(",x,", ",\"never closed,") + "\r\n").getBytes(StandardCharsets.UTF_8));
        files.add(
                ("<script>alert(1)</script>,=cmd|' /C calc'!A0\r\n" + good + "\r\n").getBytes(StandardCharsets.UTF_8));
        files.add(("\u202Eservice;group;date\r\n" + good.replace(',', ';') + "\r\n").getBytes(StandardCharsets.UTF_8));
        files.add(new byte[] {'P', 'K', 3, 4, 0, 0});
        files.add(new byte[0]);
        files.add(("\uFEFF" + header + "\r\n").getBytes(StandardCharsets.UTF_8));
        for (byte[] content : files) {
            HostileInputs.Input input =
                    new HostileInputs.Input(HostileInputs.Kind.MIXED, new String(content, StandardCharsets.ISO_8859_1));
            String field = "CSV import: whole file";
            try {
                ImportPreview preview = imports.check("file.csv", content, ImportProgress.NONE);
                List<ImportProblem> problems = preview.fileProblems();
                boolean clear = !problems.isEmpty()
                        && problems.stream().allMatch(p -> translations.containsKey(p.messageKey()));
                if (!clear) {
                    unexpected(field, input, "not refused with a clear message: " + problems);
                }
                count(field, input.kind(), clear ? Outcome.REFUSED : Outcome.SERVER_ERROR);
            } catch (RuntimeException failure) {
                unexpected(field, input, failure.toString());
                count(field, input.kind(), Outcome.SERVER_ERROR);
            }
        }
    }

    /**
     * Issue 19: whole files the import must refuse (too big, not UTF-8, broken quoting, one row too many) are refused
     * with a message that says why, at the check and again at the import, and store nothing; formula cells and
     * exactly 10,000 rows are imported whole. Row counts in the database are compared before and after each.
     */
    @Test
    void theCsvImportRefusesFilesItCannotReadClearlyAndNeverHalfImports() {
        accounts.ensureStandardAccounts();
        signedInAs(TestAccounts.CHILDRENS_COMMISSIONER, Roles.COMMISSIONER, () -> {
            String header = String.join(",", CsvTemplate.header());
            String service = imports.myServices().getFirst().code();
            Function<Integer, String> row = i -> "\"" + service + "\",,YOUNG_PERSON,,,"
                    + LocalDate.of(2024, 1, 1).plusDays(i % 700) + ",good,,,,,,Row " + i + " of a big file "
                    + UUID.randomUUID() + ",";
            Function<Integer, String> rows = n -> header + "\r\n"
                    + IntStream.rangeClosed(1, n).mapToObj(row::apply).collect(Collectors.joining("\r\n")) + "\r\n";
            String oneRow =
                    header + "\r\n\"" + service + "\",,YOUNG_PERSON,,,2026-03-14,good,,,,,,Caf\u00e9 \u2014 tr\u00e8s"
                            + " bien \u017c\u00f3\u0142w,\r\n";

            Map<String, byte[]> refused = new LinkedHashMap<>();
            byte[] big = new byte[10 * 1024 * 1024 + 1];
            byte[] start = rows.apply(3).getBytes(StandardCharsets.UTF_8);
            Arrays.fill(big, (byte) 'a');
            System.arraycopy(start, 0, big, 0, start.length);
            refused.put("oversized (10 MB + 1 byte)", big);
            refused.put("UTF-16 with a byte order mark", oneRow.getBytes(StandardCharsets.UTF_16));
            refused.put("UTF-16LE without a byte order mark", oneRow.getBytes(StandardCharsets.UTF_16LE));
            refused.put(
                    "Latin-1 (Windows-1252)",
                    oneRow.replace("\u017c\u00f3\u0142w", "").getBytes(StandardCharsets.ISO_8859_1));
            refused.put(
                    "malformed quoting: a quote never closed",
                    (header + "\r\n\"" + service + "\",,YOUNG_PERSON,,,2026-03-14,good,,,,,,\"never closed,\r\n"
                                    + row.apply(2) + "\r\n")
                            .getBytes(StandardCharsets.UTF_8));
            refused.put(
                    "malformed quoting: text after a closing quote",
                    (header + "\r\n\"" + service + "\",,YOUNG_PERSON,,,2026-03-14,good,,,,,,\"said\"more,\r\n")
                            .getBytes(StandardCharsets.UTF_8));
            refused.put(
                    "10,001 rows (one more than the limit)", rows.apply(10_001).getBytes(StandardCharsets.UTF_8));
            for (Map.Entry<String, byte[]> file : refused.entrySet()) {
                String field = "CSV import: " + file.getKey();
                HostileInputs.Input input = new HostileInputs.Input(HostileInputs.Kind.MIXED, file.getKey());
                long[] before = importCounts();
                try {
                    ImportPreview preview = imports.check("file.csv", file.getValue(), ImportProgress.NONE);
                    boolean clear = !preview.fileProblems().isEmpty()
                            && preview.fileProblems().stream().allMatch(p -> translations.containsKey(p.messageKey()));
                    String importAnyway;
                    try {
                        importAnyway = "imported "
                                + imports.importGoodRows("file.csv", file.getValue(), ImportProgress.NONE)
                                        .imported();
                    } catch (ImportRefusedException expected) {
                        importAnyway = "refused";
                    }
                    long[] after = importCounts();
                    if (!Arrays.equals(before, after)) {
                        rowsHalfImported += (int) (after[0] - before[0]);
                        unexpected(field, input, "stored rows from a refused file: " + (after[0] - before[0]));
                    }
                    if (!clear || !importAnyway.equals("refused")) {
                        unexpected(
                                field, input, "not refused clearly: " + preview.fileProblems() + ", " + importAnyway);
                    }
                    WHOLE_FILES.add("| " + file.getKey() + " | " + String.format("%,d", file.getValue().length)
                            + " | "
                            + preview.fileProblems().stream()
                                    .map(ImportProblem::messageKey)
                                    .collect(Collectors.joining(", "))
                            + " | " + (after[0] - before[0]) + " |");
                    count(
                            field,
                            input.kind(),
                            clear && importAnyway.equals("refused") ? Outcome.REFUSED : Outcome.SERVER_ERROR);
                } catch (RuntimeException failure) {
                    unexpected(field, input, failure.toString());
                    count(field, input.kind(), Outcome.SERVER_ERROR);
                }
            }

            // Formula cells are words: imported as typed (cleaned), neutralised only when exported.
            List<String> formulas = List.of(
                    "=HYPERLINK(\"http://evil.example\",\"click\")",
                    "+SUM(1,2)",
                    "-2+3",
                    "@SUM(A1)",
                    "=cmd|' /C calc'!A0",
                    "\t=1+1",
                    "\r=1+1");
            StringBuilder formulaFile = new StringBuilder(header).append("\r\n");
            for (String formula : formulas) {
                formulaFile
                        .append('"')
                        .append(service)
                        .append("\",,YOUNG_PERSON,,,2026-03-14,good,,,,,,\"")
                        .append(formula.replace("\"", "\"\""))
                        .append(' ')
                        .append(UUID.randomUUID())
                        .append("\",\r\n");
            }
            long[] before = importCounts();
            ImportResult formulaResult = imports.importGoodRows(
                    "formulas.csv", formulaFile.toString().getBytes(StandardCharsets.UTF_8), ImportProgress.NONE);
            assertThat(formulaResult.imported()).isEqualTo(formulas.size());
            assertThat(importCounts()[0] - before[0]).isEqualTo(formulas.size());
            List<String> stored = jdbc.queryForList(
                    "select f.comment from import_row r join feedback f on f.id ="
                            + " r.feedback_id where r.batch_id = ? order by r.source_row",
                    String.class,
                    formulaResult.batchId());
            for (int i = 0; i < formulas.size(); i++) {
                assertThat(stored.get(i))
                        .contains(TextInput.clean(formulas.get(i)).strip());
                count("CSV import: formula cell", HostileInputs.Kind.MIXED, Outcome.STORED);
            }

            // Exactly the limit: every row imported, in one go.
            before = importCounts();
            ImportResult full = imports.importGoodRows(
                    "ten-thousand.csv", rows.apply(10_000).getBytes(StandardCharsets.UTF_8), ImportProgress.NONE);
            long added = importCounts()[0] - before[0];
            WHOLE_FILES.add("| 10,000 rows (the limit) | – | (none: imported) | " + added + " |");
            assertThat(full.imported()).isEqualTo(10_000);
            assertThat(added).isEqualTo(10_000);
            count("CSV import: 10,000-row file", HostileInputs.Kind.MIXED, Outcome.STORED);
        });
        assertThat(UNEXPECTED).as("files not refused clearly, or half imported").isEmpty();
        assertThat(rowsHalfImported).isZero();
    }

    /** Feedback rows, import rows and import batches in the database. */
    private long[] importCounts() {
        return new long[] {
            jdbc.queryForObject("select count(*) from feedback", Long.class),
            jdbc.queryForObject("select count(*) from import_row", Long.class),
            jdbc.queryForObject("select count(*) from import_batch", Long.class)
        };
    }

    // --- helpers --------------------------------------------------------------------------------------------

    private String submit(FeedbackSubmission submission) {
        return submissions.submit(submission).referenceCode();
    }

    private static FeedbackSubmission journey(
            long serviceId,
            Map<Long, RatingAnswer> ratings,
            Map<Long, String> tellUsMore,
            String change,
            ContactRequest contact) {
        return new FeedbackSubmission(
                UUID.randomUUID().toString(),
                serviceId,
                null,
                RespondentGroup.PARENT_CARER,
                null,
                ratings,
                null,
                tellUsMore,
                change,
                Wording.PARENT_CARER,
                "en-GB",
                contact);
    }

    private static OnBehalfSubmission copy(
            OnBehalfSubmission base, String comment, String change, ConsentBasis consent, String bestInterestsBy) {
        return new OnBehalfSubmission(
                UUID.randomUUID().toString(),
                base.serviceId(),
                base.areaId(),
                base.respondentGroup(),
                base.personsAge(),
                base.wording(),
                base.ratings(),
                comment,
                base.commentSource(),
                change,
                base.changeSource(),
                consent,
                bestInterestsBy,
                base.gillickConfirmed(),
                consent == ConsentBasis.BEST_INTERESTS,
                base.gathered(),
                base.readBack());
    }

    private String column(String column, String referenceCode) {
        return jdbc.queryForObject(
                "select " + column + " from feedback where reference_code = ?", String.class, referenceCode);
    }

    private String draftColumn(String column, String returnCode) {
        return jdbc.queryForObject(
                "select " + column + " from feedback_draft where return_code = ?", String.class, returnCode);
    }

    private static List<HostileInputs.Input> emails(HostileInputs hostile, int count) {
        return hostile.next(count).stream()
                .map(i -> new HostileInputs.Input(i.kind(), hostile.emailShaped(i.kind())))
                .toList();
    }

    private static List<HostileInputs.Input> phones(HostileInputs hostile, int count) {
        return hostile.next(count).stream()
                .map(i -> new HostileInputs.Input(i.kind(), hostile.phoneShaped(i.kind())))
                .toList();
    }

    private static List<HostileInputs.Input> codes(HostileInputs hostile, int count, String real) {
        return hostile.next(count).stream()
                .map(i -> new HostileInputs.Input(i.kind(), hostile.codeShaped(i.kind(), real)))
                .toList();
    }

    private static void signedInAs(String username, String role, Runnable work) {
        SecurityContext previous = SecurityContextHolder.getContext();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(new UsernamePasswordAuthenticationToken(
                username, "n/a", AuthorityUtils.createAuthorityList("ROLE_" + role)));
        SecurityContextHolder.setContext(context);
        try {
            work.run();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }

    private static void collect(Element element, List<Element> into) {
        if (element.isTextNode()) {
            return;
        }
        into.add(element);
        element.getChildren().forEach(child -> collect(child, into));
    }

    private static Properties translations() {
        Properties properties = new Properties();
        try (InputStream in = HostileInputTest.class.getResourceAsStream("/vaadin-i18n/translations.properties")) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return properties;
    }
}
