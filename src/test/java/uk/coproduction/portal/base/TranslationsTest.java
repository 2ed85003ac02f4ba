package uk.coproduction.portal.base;

import org.junit.jupiter.api.Test;
import uk.coproduction.portal.base.security.Roles;
import uk.coproduction.portal.feedback.FeedbackStatus;
import uk.coproduction.portal.feedback.RatingAnswer;
import uk.coproduction.portal.services.Team;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Every string a person sees comes from the translation files, and every file has every key. */
class TranslationsTest {

    private static final Path FOLDER = Path.of("src/main/resources/vaadin-i18n");
    private static final Pattern LITERAL_KEY = Pattern.compile("getTranslation\\(\"([a-z0-9.\\-]+)\"\\s*[,)]");
    /** A staff menu entry's title is the key the layout translates (decision 0044). */
    private static final Pattern MENU_KEY = Pattern.compile("@Menu\\(title = \"([a-z0-9.\\-]+)\"");

    /** Staff pages are in English only; everything residents see is in every language. */
    private static final List<String> STAFF_ONLY = List.of(
            "staff.",
            "inbox.",
            "detail.",
            "triage.",
            "login.",
            "role.",
            "team.",
            "channel.",
            "wording.",
            "nav.inbox",
            "safeguarding.",
            "nav.safeguarding",
            "workspace.",
            "nav.workspace.",
            "advocacy.",
            "activity.",
            "import.",
            "frontline.",
            "audit.",
            "evidence.",
            "nav.evidence.",
            "dashboard.",
            "pack.",
            "export.",
            "representation.",
            "outcomes.",
            "access.",
            "provider.",
            "nav.provider.");

    @Test
    void everyLanguageHasEveryKeyResidentsSeeAndNothingElse() throws IOException {
        Set<String> publicKeys = new TreeSet<>(keys(FOLDER.resolve("translations.properties")));
        publicKeys.removeIf(TranslationsTest::staffOnly);
        List<Path> languages = languageFiles();
        assertThat(languages)
                .extracting(p -> p.getFileName().toString())
                .contains("translations_en_GB_easyread.properties", "translations_pl_PL.properties");
        for (Path file : languages) {
            assertThat(keys(file)).as(file.toString()).isEqualTo(publicKeys);
        }
    }

    @Test
    void easyReadSentencesAreShorterThanFifteenWords() throws IOException {
        Properties easyRead = load(FOLDER.resolve("translations_en_GB_easyread.properties"));
        List<String> tooLong = new ArrayList<>();
        for (String key : easyRead.stringPropertyNames()) {
            for (String sentence : easyRead.getProperty(key).split("[.!?:](\\s|$)|\\n|\\|")) {
                long words = Stream.of(sentence.trim().split("\\s+"))
                        .filter(w -> w.matches(".*[\\p{L}\\p{N}].*"))
                        .count();
                if (words >= 15) {
                    tooLong.add(key + ": " + sentence.trim() + " (" + words + " words)");
                }
            }
        }
        assertThat(tooLong).as("Easy Read sentences of 15 words or more").isEmpty();
    }

    @Test
    void messagesWithArgumentsFormatInEveryLanguage() throws IOException {
        List<Path> files = new ArrayList<>(languageFiles());
        files.add(FOLDER.resolve("translations.properties"));
        for (Path file : files) {
            Properties words = load(file);
            for (String key : words.stringPropertyNames()) {
                String value = words.getProperty(key);
                if (value.contains("{0")) {
                    String formatted = new MessageFormat(value).format(new Object[] {3, 3, 3, 3, 3, 3, 3, 3, 3, 3});
                    assertThat(formatted)
                            .as("%s in %s", key, file.getFileName())
                            .doesNotContain("{0")
                            .doesNotContain("{1");
                    assertThat(value.replace("''", ""))
                            .as("a lone apostrophe hides words in %s (%s)", key, file.getFileName())
                            .doesNotContain("'");
                }
            }
        }
    }

    /**
     * A count that can be one says so in the singular: "1 item", never "1 items" (a board member or a child reads
     * that as careless). A number straight before a plural noun must be a {@code choice}; the keys below are limits
     * and sizes, never one, or counts shown only from five up (the disclosure rule), and are listed so a new count
     * is a decision, not an accident.
     */
    @Test
    void aCountThatCanBeOneIsNotWrittenInThePlural() throws IOException {
        Set<String> neverOne = Set.of(
                "workspace.figures.days",
                "workspace.service.working-days",
                "import.upload.intro",
                "import.working.progress-text",
                "import.file.too-big",
                "import.file.too-many-rows",
                "import.row.too-long",
                "dashboard.replies.days",
                "export.working.progress-text",
                "representation.populations.average",
                "representation.answers.average",
                "login.failed.message",
                "email.my-data.code.body",
                "text.my-data.code.body",
                "staff.password.new.helper",
                "import.file.name-too-long",
                "import.upload.name-too-long",
                "outcomes.import.error.too-many",
                "yousaid.heard.count",
                "pack.easyread.people",
                "pack.easyread.changes",
                "pack.review.report.score");
        Pattern bareCount = Pattern.compile("\\{\\d(,number[^}]*)?\\} (items|rows"
                + "|people|services|lines|replies|answers|questions|voices|quotes|actions|changes|requests|accounts"
                + "|files|themes|plans)\\b");
        List<String> plural = new ArrayList<>();
        for (Path file : List.of(
                FOLDER.resolve("translations.properties"), FOLDER.resolve("translations_en_GB_easyread.properties"))) {
            Properties words = load(file);
            for (String key : words.stringPropertyNames()) {
                if (!neverOne.contains(key)
                        && bareCount
                                .matcher(withoutChoices(words.getProperty(key)))
                                .find()) {
                    plural.add(key + " in " + file.getFileName());
                }
            }
        }
        assertThat(plural)
                .as("counts written only in the plural; use {0,choice,1#1 item|1<{0,number,integer} items}")
                .isEmpty();
    }

    /** The message with every {n,choice,...} part taken out (they may hold counted words themselves). */
    private static String withoutChoices(String message) {
        StringBuilder kept = new StringBuilder();
        int i = 0;
        while (i < message.length()) {
            Matcher choice = Pattern.compile("\\{\\d+,choice,").matcher(message);
            if (!choice.find(i)) {
                kept.append(message, i, message.length());
                break;
            }
            kept.append(message, i, choice.start());
            int depth = 0;
            int j = choice.start();
            do {
                char c = message.charAt(j++);
                depth += c == '{' ? 1 : c == '}' ? -1 : 0;
            } while (depth > 0 && j < message.length());
            i = j;
        }
        return kept.toString();
    }

    private static boolean staffOnly(String key) {
        return STAFF_ONLY.stream().anyMatch(key::startsWith)
                || (key.startsWith("status.") && !key.startsWith("status.public."));
    }

    private static List<Path> languageFiles() throws IOException {
        try (Stream<Path> files = Files.list(FOLDER)) {
            return files.filter(f -> f.getFileName().toString().startsWith("translations_"))
                    .sorted()
                    .toList();
        }
    }

    @Test
    void everyKeyTheCodeAsksForExists() throws IOException {
        Set<String> base = keys(FOLDER.resolve("translations.properties"));
        List<String> used = new ArrayList<>();
        try (Stream<Path> sources = Files.walk(Path.of("src/main/java"))) {
            for (Path source :
                    sources.filter(p -> p.toString().endsWith(".java")).toList()) {
                Matcher matcher = LITERAL_KEY.matcher(Files.readString(source));
                while (matcher.find()) {
                    used.add(matcher.group(1));
                }
                Matcher menu = MENU_KEY.matcher(Files.readString(source));
                while (menu.find()) {
                    used.add(menu.group(1));
                }
            }
        }
        assertThat(used).hasSizeGreaterThan(50);
        assertThat(base).containsAll(used);
    }

    @Test
    void everyChoiceShownFromAnEnumHasItsWords() throws IOException {
        Set<String> base = keys(FOLDER.resolve("translations.properties"));
        List<String> needed = new ArrayList<>();
        Stream.of(RespondentGroup.values()).forEach(v -> needed.add("group." + v.name()));
        Stream.of(AgeBand.values()).forEach(v -> needed.add("age." + v.name()));
        Stream.of(RatingAnswer.values()).forEach(v -> needed.add("answer." + v.name()));
        needed.add("answer.SKIPPED");
        Stream.of(FeedbackStatus.values()).forEach(v -> needed.add("status." + v.name()));
        Stream.of(FeedbackStatus.values()).forEach(v -> needed.add("status.public." + v.name()));
        Stream.of(Channel.values()).forEach(v -> needed.add("channel." + v.name()));
        Stream.of(Team.values()).forEach(v -> needed.add("team." + v.name()));
        Roles.ALL.forEach(r -> needed.add("role." + r));
        assertThat(base).containsAll(needed);
    }

    private static Properties load(Path file) throws IOException {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }

    private static Set<String> keys(Path file) throws IOException {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return new TreeSet<>(properties.stringPropertyNames());
    }
}
