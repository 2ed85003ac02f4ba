package uk.coproduction.portal.feedback;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Safeguarding phrases match whole words in any case and spacing, in English and Polish. */
class SafeguardingKeywordsTest {

    private final SafeguardingKeywords keywords = new SafeguardingKeywords(
            List.of("hit me", "abuse", "kill myself", "bije mnie", "boj\u0119 si\u0119 wraca\u0107 do domu", " "));

    @Test
    void aPhraseMatchesInAnyCaseAndSpacingAnywhereInWhatThePersonWrote() {
        assertThat(keywords.firstMatch(List.of("The bus was late", "He HIT   me yesterday."))).contains("hit me");
        assertThat(keywords.firstMatch(List.of("Kill myself? Sometimes I think about it"))).contains("kill myself");
        assertThat(keywords.firstMatch(List.of("Tata bije mnie"))).contains("bije mnie");
        assertThat(keywords.firstMatch(List.of("BOJ\u0118 SI\u0118 WRACA\u0106 DO DOMU"))).contains("boj\u0119 si\u0119 wraca\u0107 do domu");
    }

    @Test
    void onlyWholeWordsCount() {
        assertThat(keywords.firstMatch(List.of("The white meat was cold", "The hitmen film was scary",
                "They sell abusers' books", "Abused? no"))).isEmpty();
        assertThat(keywords.firstMatch(List.of("There was abuse."))).contains("abuse");
        assertThat(keywords.firstMatch(List.of("zbije mnie"))).isEmpty();
    }

    @Test
    void nothingWrittenMatchesNothing() {
        assertThat(keywords.firstMatch(java.util.Arrays.asList(null, ""))).isEmpty();
        assertThat(new SafeguardingKeywords(List.of()).firstMatch(List.of("hit me"))).isEmpty();
    }
}
