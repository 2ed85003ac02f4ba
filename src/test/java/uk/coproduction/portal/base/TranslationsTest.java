package uk.coproduction.portal.base;

import org.junit.jupiter.api.Test;
import uk.coproduction.portal.feedback.AgeBand;
import uk.coproduction.portal.feedback.Channel;
import uk.coproduction.portal.feedback.FeedbackStatus;
import uk.coproduction.portal.feedback.RatingAnswer;
import uk.coproduction.portal.feedback.RespondentGroup;
import uk.coproduction.portal.security.Roles;
import uk.coproduction.portal.services.Team;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
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

    @Test
    void everyTranslationFileHasExactlyTheKeysOfTheBaseFile() throws IOException {
        Set<String> base = keys(FOLDER.resolve("translations.properties"));
        try (Stream<Path> files = Files.list(FOLDER)) {
            for (Path file : files.filter(f -> f.getFileName().toString().startsWith("translations_")).toList()) {
                assertThat(keys(file)).as(file.toString()).isEqualTo(base);
            }
        }
    }

    @Test
    void everyKeyTheCodeAsksForExists() throws IOException {
        Set<String> base = keys(FOLDER.resolve("translations.properties"));
        List<String> used = new ArrayList<>();
        try (Stream<Path> sources = Files.walk(Path.of("src/main/java"))) {
            for (Path source : sources.filter(p -> p.toString().endsWith(".java")).toList()) {
                Matcher matcher = LITERAL_KEY.matcher(Files.readString(source));
                while (matcher.find()) {
                    used.add(matcher.group(1));
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

    private static Set<String> keys(Path file) throws IOException {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return new TreeSet<>(properties.stringPropertyNames());
    }
}
