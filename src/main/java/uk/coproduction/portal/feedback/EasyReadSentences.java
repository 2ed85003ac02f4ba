package uk.coproduction.portal.feedback;

import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Easy Read guidance: one idea per sentence, each under 15 words. Finds the sentences of a text that are too long,
 * so the writer can be warned (never stopped: the writer decides).
 */
public final class EasyReadSentences {

    /** A sentence of this many words or more is too long for Easy Read. */
    public static final int TOO_MANY_WORDS = 15;

    private static final Pattern SENTENCE_END = Pattern.compile("[.!?:;](\\s|$)|\\n");
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");

    /** A sentence and how many words it has. */
    public record Sentence(String text, int words) {}

    private EasyReadSentences() {}

    /** The sentences of 15 words or more, in the order they appear; empty for no text. */
    public static List<Sentence> tooLong(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        return SENTENCE_END
                .splitAsStream(text)
                .map(String::strip)
                .filter(s -> !s.isEmpty())
                .map(s -> new Sentence(s, wordsIn(s)))
                .filter(s -> s.words() >= TOO_MANY_WORDS)
                .toList();
    }

    static int wordsIn(String sentence) {
        return (int) Stream.of(WHITESPACE.split(sentence.strip()))
                .filter(w -> w.codePoints().anyMatch(Character::isLetterOrDigit))
                .count();
    }
}
