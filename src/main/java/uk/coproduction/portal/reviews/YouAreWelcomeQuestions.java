package uk.coproduction.portal.reviews;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The question set a "You're Welcome" review starts with: one question per quality-criteria theme a person using the
 * service can answer from their own experience (decision 0047 names the editions and the themes). The words are in
 * the translation files, in the young person's, parent's and Easy Read voices:
 * {@code reviews.yw.<theme>.young-person}, {@code .parent-carer}, {@code .easy-read}; the theme's name for staff is
 * {@code workspace.reviews.yw.<theme>}.
 */
final class YouAreWelcomeQuestions {

    /** Themes in the order they are asked; the last asks for words only. */
    static final List<String> THEMES = List.of(
            "accessibility",
            "information",
            "welcome",
            "confidentiality",
            "staff",
            "involvement",
            "joined-up",
            "growing-up",
            "better");

    private static final String PREFIX = "reviews.yw.";

    private YouAreWelcomeQuestions() {}

    static List<ReviewForm.QuestionDraft> drafts() {
        return THEMES.stream()
                .map(theme -> ReviewForm.QuestionDraft.shipped(
                        "better".equals(theme) ? QuestionKind.WORDS : QuestionKind.SCALE, PREFIX + theme))
                .toList();
    }

    static Set<String> keys() {
        return THEMES.stream().map(theme -> PREFIX + theme).collect(Collectors.toUnmodifiableSet());
    }

    /** The key of a shipped question's theme name, as staff pages show it. */
    static String themeKey(String messageKey) {
        return "workspace." + messageKey;
    }
}
