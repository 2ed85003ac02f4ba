package uk.coproduction.portal.feedback;

import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The rule-file format: whole words in any case, accents and spacing, inflections, gaps, word lists, tiers. */
class DisclosureRulesTest {

    private final DisclosureRules rules = DisclosureRules.of("""
            # a comment
            @who = dad|mum|he
            [disclosure]
            hit|hits|hitting me
            @who ~2 kick|kicks|kicked me
            strangl* me
            boję się wracać do domu
            dont feel safe
            [possible concern]
            killing me
            [ordinary]
            @who ~1 hit me ~1 hard
            """, "test");

    private DisclosureTier tier(String text) {
        return rules.check(text).map(DisclosureFinding::tier).orElse(null);
    }

    @Test
    void aRuleMatchesInAnyCaseSpacingAndPunctuationAndShowsTheWordsThatMatched() {
        assertThat(rules.check(List.of("The bus was late", "He HITS   me, yesterday.")))
                .get()
                .extracting(DisclosureFinding::matched)
                .isEqualTo("hits me");
        assertThat(tier("Dad, he often kicked me!")).isEqualTo(DisclosureTier.DISCLOSURE);
        assertThat(tier("he strangled me")).isEqualTo(DisclosureTier.DISCLOSURE);
        assertThat(tier("BOJE SIE WRACAC DO DOMU")).isEqualTo(DisclosureTier.DISCLOSURE);
        assertThat(tier("I do not feel safe")).isEqualTo(DisclosureTier.DISCLOSURE);
        assertThat(tier("I don\u2019t feel safe")).isEqualTo(DisclosureTier.DISCLOSURE);
    }

    @Test
    void onlyWholeWordsCountAndRulesDoNotReachAcrossSentences() {
        assertThat(tier("The white meat was cold. The hitmen film was scary")).isNull();
        assertThat(tier("Mum was there. Kicked me? no, the ball did")).isNull();
    }

    @Test
    void aNegationJustBeforeOrAnOrdinarySayingLowersADisclosureToAPossibleConcern() {
        assertThat(tier("Nobody hits me here")).isEqualTo(DisclosureTier.POSSIBLE_CONCERN);
        assertThat(tier("dad never kicks me now")).isEqualTo(DisclosureTier.POSSIBLE_CONCERN);
        assertThat(tier("dad hit me hard")).isEqualTo(DisclosureTier.POSSIBLE_CONCERN);
        assertThat(tier("The waiting list is killing me")).isEqualTo(DisclosureTier.POSSIBLE_CONCERN);
        assertThat(rules.check(List.of("killing me", "he hits me")))
                .get()
                .extracting(DisclosureFinding::tier)
                .isEqualTo(DisclosureTier.DISCLOSURE);
    }

    @Test
    void nothingWrittenMatchesNothing() {
        assertThat(rules.check(Arrays.asList(null, "", "  "))).isEmpty();
    }

    @Test
    void aBadRuleFileIsRefusedSayingWhichLineAndWhy() {
        assertThatThrownBy(() -> DisclosureRules.of("hit me", "en"))
                .hasMessageContaining("line 1")
                .hasMessageContaining("[disclosure]");
        assertThatThrownBy(() -> DisclosureRules.of("[disclosure]\n@nobody hit me", "en"))
                .hasMessageContaining("@nobody is used before it is defined");
        assertThatThrownBy(() -> DisclosureRules.of("[disclosure]\n~ hit", "en"))
                .hasMessageContaining("cannot start");
    }

    @Test
    void theShippedFilesLoadWithBothTiersInEveryLanguage() {
        DisclosureRules shipped = DisclosureRules.shipped();
        assertThat(shipped.count(DisclosureTier.DISCLOSURE)).isGreaterThan(50);
        assertThat(shipped.count(DisclosureTier.POSSIBLE_CONCERN)).isGreaterThan(10);
        assertThat(shipped.check("Tata bije mnie"))
                .get()
                .extracting(DisclosureFinding::language)
                .isEqualTo("pl");
    }
}
