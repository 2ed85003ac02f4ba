package uk.coproduction.portal.reviews;

import uk.coproduction.portal.feedback.Wording;

import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * One of a review's own questions as pages and reports show it.
 *
 * @param messageKey for a shipped question: the translation key whose {@code .young-person}, {@code .parent-carer}
 *                   and {@code .easy-read} entries are its words in each voice; null for a commissioner's own
 * @param texts      for a commissioner's own question: language tag ("en-GB") to voice to words; empty for a
 *                   shipped one
 */
public record ReviewQuestionSummary(
        long id, int position, QuestionKind kind, String messageKey, Map<String, Map<Wording, String>> texts) {

    public ReviewQuestionSummary {
        texts = Map.copyOf(texts);
    }

    public boolean shipped() {
        return messageKey != null;
    }

    /** For a shipped question, the key of its theme's name as staff pages show it; null for a commissioner's own. */
    public String themeKey() {
        return messageKey == null ? null : "workspace." + messageKey;
    }

    /** The translation key of the question in a voice, for a shipped question. */
    public String key(Wording wording) {
        return messageKey + "." + wording.key();
    }

    /**
     * The question's English words in a voice, as reports print them: a shipped question's through {@code translate}
     * (a translation key to its English text), a commissioner's own from its rows.
     */
    public String englishWords(Wording wording, UnaryOperator<String> translate) {
        return shipped() ? translate.apply(key(wording)) : text(ReviewService.ENGLISH, wording);
    }

    /**
     * A commissioner's own question's words in a language and voice, falling back to English; null for a shipped
     * question (translate {@link #key(Wording)} instead).
     */
    public String text(String language, Wording wording) {
        Map<Wording, String> inLanguage = texts.get(language);
        if (inLanguage != null && inLanguage.get(wording) != null) {
            return inLanguage.get(wording);
        }
        Map<Wording, String> english = texts.get(ReviewService.ENGLISH);
        return english == null ? null : english.get(wording);
    }
}
