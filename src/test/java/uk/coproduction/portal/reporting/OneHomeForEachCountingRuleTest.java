package uk.coproduction.portal.reporting;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every counting rule has one home (decision 0046, issue 16): the SQL of "never safeguarding-flagged", "not held for
 * review" and "frontline workers apart" is written in {@link Voices} and nowhere else in the portal's Java, except in
 * the places listed here, each of which is not a figure and says why. A figure that writes a rule itself fails this
 * test: compose it from {@link Voices} instead.
 */
class OneHomeForEachCountingRuleTest {

    private static final Pattern RULE = Pattern.compile("\\w+\\.held_for_review = FALSE|\\bheld_for_review = FALSE"
            + "|safeguarding_flag = FALSE|respondent_group <> 'FRONTLINE_WORKER'|FRONTLINE_WORKER\\.name\\(\\)");

    /** Files that still write a rule, how often, and why that is not a second home of a counting rule. */
    private static final Map<String, Integer> NOT_FIGURES = Map.of(
            "privacy/RetentionJob.java", 2, // which items retention may delete: flagged items are kept for safeguarding
            "notifications/DigestQuery.java", 1, // a commissioner's to-do list of items to answer, not a count
            "feedback/HoldForReview.java", 2, // puts items on hold (the write the rule reads)
            "representation/EqualityMonitoring.java", 1, // whether equality questions may be offered after a send
            "demo/DemoLoop.java", 2); // picks demo items to link to demo changes

    @Test
    void noFigureWritesACountingRuleOfItsOwn() throws IOException {
        Path root = Path.of("src/main/java/uk/coproduction/portal");
        Map<String, Integer> found = new TreeMap<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                String name = root.relativize(file).toString().replace('\\', '/');
                if (name.startsWith("reporting/")) {
                    continue;
                }
                Matcher matcher = RULE.matcher(Files.readString(file));
                int count = 0;
                while (matcher.find()) {
                    count++;
                }
                if (count > 0) {
                    found.put(name, count);
                }
            }
        }
        assertThat(found)
                .as("counting rules written outside reporting.Voices (compose the figure from Voices, or "
                        + "list a place that is not a figure with why)")
                .isEqualTo(new TreeMap<>(NOT_FIGURES));
    }
}
