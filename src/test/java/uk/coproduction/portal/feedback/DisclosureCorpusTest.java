package uk.coproduction.portal.feedback;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The shipped rule set measured on a corpus written as test data, not from the rules: at least 200 disclosures
 * and 200 ordinary complaints. Recall counts a disclosure that reaches a safeguarding lead (either tier); a false
 * positive is an ordinary complaint taken out of the inbox (either tier). Decision 0020 records the figures.
 */
class DisclosureCorpusTest {

    private final DisclosureRules rules = DisclosureRules.shipped();

    @Test
    void theRuleSetCatchesAtLeast95PercentOfDisclosuresAndAtMost10PercentOfOrdinaryComplaints() throws IOException {
        List<String> disclosures = corpus("corpus_disclosures.txt");
        List<String> ordinary = corpus("corpus_ordinary.txt");
        assertThat(disclosures).hasSizeGreaterThanOrEqualTo(200);
        assertThat(ordinary).hasSizeGreaterThanOrEqualTo(200);

        List<String> missed =
                disclosures.stream().filter(s -> rules.check(s).isEmpty()).toList();
        List<String> onlyPossible = disclosures.stream()
                .filter(s -> tier(s) == DisclosureTier.POSSIBLE_CONCERN)
                .toList();
        List<String> flagged =
                ordinary.stream().filter(s -> rules.check(s).isPresent()).toList();
        List<String> flaggedAsDisclosure = ordinary.stream()
                .filter(s -> tier(s) == DisclosureTier.DISCLOSURE)
                .toList();

        double recall = 100.0 * (disclosures.size() - missed.size()) / disclosures.size();
        double disclosureTierRecall =
                100.0 * (disclosures.size() - missed.size() - onlyPossible.size()) / disclosures.size();
        double falsePositives = 100.0 * flagged.size() / ordinary.size();
        double disclosureTierFalsePositives = 100.0 * flaggedAsDisclosure.size() / ordinary.size();
        System.out.printf(
                "Disclosure corpus: %d disclosures, %d ordinary.%n"
                        + "Recall (reaches a lead, either tier): %.1f %% (missed %d: %s)%n"
                        + "Recall as a disclosure (round-the-clock tier): %.1f %% (only a possible concern: %s)%n"
                        + "False positives (out of the inbox, either tier): %.1f %% (%d: %s)%n"
                        + "False positives as a disclosure: %.1f %% (%s)%n",
                disclosures.size(),
                ordinary.size(),
                recall,
                missed.size(),
                missed,
                disclosureTierRecall,
                onlyPossible,
                falsePositives,
                flagged.size(),
                flagged.stream()
                        .map(s -> s + " <- " + rules.check(s).orElseThrow().rule())
                        .toList(),
                disclosureTierFalsePositives,
                flaggedAsDisclosure);

        assertThat(recall).as("recall; missed: %s", missed).isGreaterThanOrEqualTo(95.0);
        assertThat(falsePositives).as("false positives: %s", flagged).isLessThanOrEqualTo(10.0);
    }

    @Test
    void theTwoSentencesFromIssue14AreDisclosuresNotPossibleConcerns() {
        assertThat(tier("my mum's boyfriend punches me and I don't want to be alive any more"))
                .isEqualTo(DisclosureTier.DISCLOSURE);
        assertThat(tier("Dad kicks me and locks me in my room. I am scared of him"))
                .isEqualTo(DisclosureTier.DISCLOSURE);
        assertThat(tier("I am scared at home tonight")).isEqualTo(DisclosureTier.DISCLOSURE);
    }

    private DisclosureTier tier(String sentence) {
        Optional<DisclosureFinding> found = rules.check(sentence);
        return found.map(DisclosureFinding::tier).orElse(null);
    }

    private static List<String> corpus(String name) throws IOException {
        try (InputStream in = DisclosureCorpusTest.class.getResourceAsStream("/safeguarding/" + name)) {
            assertThat(in).as(name).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    .lines()
                    .map(String::strip)
                    .filter(l -> !l.isEmpty() && !l.startsWith("#"))
                    .toList();
        }
    }
}
