package uk.coproduction.portal.themes;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;
import uk.coproduction.portal.PortalTest;
import uk.coproduction.portal.base.security.Roles;
import uk.coproduction.portal.security.TestAccounts;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * How good the suggestions are, measured (decision 0040): on 164 comments written as residents write them, each with
 * the themes a commissioner would choose (src/test/resources/themes/labelled-comments.csv, written before tuning the
 * keywords on it), and 40 more written after tuning and never tuned on (held-out-comments.csv): precision =
 * suggestions in the comment's expected themes ÷ suggestions made, over the top three per comment. The figures are
 * written to target/theme-precision.md.
 */
@PortalTest
class ThemeSuggestionPrecisionTest {

    /** 92.0 % when this test was written (decision 0040), less a small margin for keyword edits. */
    static final double AT_LEAST = 0.90;
    /** 88.2 % on the comments written after tuning, less a margin. */
    static final double AT_LEAST_HELD_OUT = 0.80;

    @Autowired
    ThemeService themes;

    record Labelled(String group, String language, Set<String> expected, String comment) {}

    record Measure(int comments, int suggestions, int correct, int commentsWithAHit, int commentsWithNone) {

        double precision() {
            return suggestions == 0 ? 0 : (double) correct / suggestions;
        }

        String line(String what) {
            return "| %s | %d | %d | %.1f %% | %d of %d | %d |"
                    .formatted(
                            what,
                            suggestions,
                            correct,
                            100 * precision(),
                            commentsWithAHit,
                            comments,
                            commentsWithNone);
        }
    }

    @Test
    @WithMockUser(username = TestAccounts.CHILDRENS_COMMISSIONER, roles = Roles.COMMISSIONER)
    void theTopThreeSuggestionsAreMostlyThemesACommissionerWouldChoose() throws IOException {
        List<Labelled> tunedOn = labelled("labelled-comments.csv");
        List<Labelled> heldOut = labelled("held-out-comments.csv");
        assertThat(tunedOn).hasSizeGreaterThanOrEqualTo(150);
        // The seeded themes as the database holds them now: themes other tests add are not what was measured.
        List<ThemeSummary> current = themes.activeThemes().stream()
                .filter(t -> PrefixKeywordMatcher.SEEDED_KEYWORDS.containsKey(t.name()))
                .toList();
        assertThat(tunedOn)
                .flatExtracting(l -> List.copyOf(l.expected()))
                .allSatisfy(name ->
                        assertThat(current).extracting(ThemeSummary::name).contains(name));
        List<ThemeSummary> seeded = current.stream()
                .map(t -> new ThemeSummary(
                        t.id(),
                        t.name(),
                        Arrays.asList(PrefixKeywordMatcher.SEEDED_KEYWORDS
                                .get(t.name())
                                .split(",")),
                        true))
                .toList();

        List<String> report = new ArrayList<>(
                List.of("# Theme suggestions: precision of the top three suggestions (decision 0040)", ""));
        Measure now = null;
        Measure nowHeldOut = null;
        for (List<Labelled> set : List.of(tunedOn, heldOut)) {
            Measure before = measure(
                    set,
                    text -> PrefixKeywordMatcher.suggest(seeded, text).stream()
                            .limit(3)
                            .toList());
            Measure beforeAll = measure(set, text -> PrefixKeywordMatcher.suggest(seeded, text));
            Measure newWithOldKeywords = measure(set, text -> names(ThemeSuggester.rank(seeded, List.of(text))));
            Measure current3 = measure(set, text -> names(ThemeSuggester.rank(current, List.of(text))));
            report.addAll(List.of(
                    set == tunedOn
                            ? "## The " + set.size() + " labelled comments the keywords were tuned on"
                            : "## " + set.size() + " more labelled comments, written after tuning and not tuned on",
                    "",
                    "| matcher | suggestions | correct | precision | comments with a right one in the top three"
                            + " | comments with no suggestion |",
                    "| --- | --- | --- | --- | --- | --- |",
                    before.line("before: keyword starts a word, first three by name, V0005 keywords"),
                    beforeAll.line("before, every suggestion it listed"),
                    newWithOldKeywords.line("Lucene analysis, ranked, V0005 keywords"),
                    current3.line("Lucene analysis, ranked, keywords now in the database"),
                    ""));
            if (set == tunedOn) {
                now = current3;
                assertThat(current3.precision()).isGreaterThan(before.precision());
            } else {
                nowHeldOut = current3;
            }
        }
        String text = String.join(System.lineSeparator(), report);
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target/theme-precision.md"), text);
        System.out.println(text);

        assertThat(now.precision()).as(text).isGreaterThanOrEqualTo(AT_LEAST);
        assertThat(nowHeldOut.precision()).as(text).isGreaterThanOrEqualTo(AT_LEAST_HELD_OUT);
    }

    @Test
    @WithMockUser(username = TestAccounts.CHILDRENS_COMMISSIONER, roles = Roles.COMMISSIONER)
    void aPhoneNumberNeverSuggestsPhone() {
        List<ThemeSummary> current = themes.activeThemes();
        for (String comment : List.of(
                "Please phone me on 07700 900123 about the short breaks club",
                "My phone: 01622 694000. The holiday club was fun",
                "tel. +44 7700 900 456 - the bus never came",
                "Call me on 07911123456, the nurse was kind",
                "ring 01303 123 456 after 5pm, we waited months",
                "Mój telefon: 07700 900321. Zajęcia były super")) {
            List<ThemeSuggester.Ranked> ranked = ThemeSuggester.rank(current, List.of(comment));
            assertThat(ranked).as(comment).extracting(r -> r.theme().name()).doesNotContain("Communication");
            assertThat(ranked)
                    .as(comment)
                    .extracting(ThemeSuggester.Ranked::matchedWord)
                    .noneMatch(word -> word.toLowerCase().contains("phone") || word.matches(".*\\d.*"));
        }
        assertThat(ThemeSuggester.rank(current, List.of("Nobody answers the phone, I rang every day")))
                .as("the word phone about the service still counts")
                .extracting(r -> r.theme().name())
                .contains("Communication");
    }

    private static List<String> names(List<ThemeSuggester.Ranked> ranked) {
        return ranked.stream().map(r -> r.theme().name()).toList();
    }

    private static Measure measure(List<Labelled> set, Function<String, List<String>> suggest) {
        int suggestions = 0;
        int correct = 0;
        int hit = 0;
        int none = 0;
        for (Labelled labelled : set) {
            List<String> made = suggest.apply(labelled.comment());
            suggestions += made.size();
            long right = made.stream().filter(labelled.expected()::contains).count();
            correct += (int) right;
            hit += right > 0 ? 1 : 0;
            none += made.isEmpty() ? 1 : 0;
        }
        return new Measure(set.size(), suggestions, correct, hit, none);
    }

    private static List<Labelled> labelled(String file) throws IOException {
        try (Reader reader = new InputStreamReader(
                Objects.requireNonNull(ThemeSuggestionPrecisionTest.class.getResourceAsStream("/themes/" + file)),
                StandardCharsets.UTF_8)) {
            List<Labelled> set = new ArrayList<>();
            for (CSVRecord row : CSVFormat.DEFAULT
                    .builder()
                    .setHeader()
                    .setSkipHeaderRecord(true)
                    .get()
                    .parse(reader)) {
                set.add(new Labelled(
                        row.get("group"),
                        row.get("language"),
                        Arrays.stream(row.get("expected_themes").split(";"))
                                .map(String::strip)
                                .collect(Collectors.toSet()),
                        row.get("comment")));
            }
            return set;
        }
    }
}
