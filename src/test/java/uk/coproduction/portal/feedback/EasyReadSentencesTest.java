package uk.coproduction.portal.feedback;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class EasyReadSentencesTest {

    @Test
    void sentencesOfFifteenWordsOrMoreAreFoundAndShortOnesAreNot() {
        String text = """
                Thank you for telling us.
                We are going to look again at how long children wait for their first appointment with us.
                This will happen by June.""";

        assertThat(EasyReadSentences.tooLong(text))
                .containsExactly(new EasyReadSentences.Sentence(
                        "We are going to look again at how long children wait for their first appointment with us",
                        17));
    }

    @Test
    void fourteenWordsIsStillShortEnoughAndPunctuationIsNotAWord() {
        assertThat(EasyReadSentences.tooLong(
                        "One two three four five six seven eight nine ten eleven twelve thirteen fourteen - !"))
                .isEmpty();
        assertThat(EasyReadSentences.tooLong(null)).isEmpty();
        assertThat(EasyReadSentences.tooLong("   ")).isEmpty();
    }
}
