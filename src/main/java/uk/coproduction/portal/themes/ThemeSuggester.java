package uk.coproduction.portal.themes;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Ranks themes for what a person wrote. Their words, with numbers, e-mail and web addresses, phone numbers and
 * reference codes blanked out ({@link NotWords}), are analysed in their language ({@link ThemeLanguage}); each
 * theme's keywords are analysed the same way, so a keyword matches a word of the same stem, and a keyword of several
 * words matches the same stems in a row. A theme scores one point per keyword found, plus one for each further word
 * of a phrase found whole (a phrase is stronger evidence than a word); the best {@value #TOP} are suggested, highest
 * first, ties by name. How good this is, is measured on labelled comments (ThemeSuggestionPrecisionTest, decision
 * 0040).
 */
final class ThemeSuggester {

    static final int TOP = 3;

    private ThemeSuggester() {}

    /** A theme the words point to, how strongly, and the first word (as written) that matched. */
    record Ranked(ThemeSummary theme, int score, String matchedWord) {}

    static List<Ranked> rank(List<ThemeSummary> themes, List<String> texts) {
        List<Ranked> ranked = new ArrayList<>();
        for (ThemeSummary theme : themes) {
            score(theme, texts).ifPresent(ranked::add);
        }
        return ranked.stream()
                .sorted(Comparator.comparingInt(Ranked::score)
                        .reversed()
                        .thenComparing(r -> r.theme().name()))
                .limit(TOP)
                .toList();
    }

    private static Optional<Ranked> score(ThemeSummary theme, List<String> texts) {
        int score = 0;
        String firstWord = null;
        int firstAt = Integer.MAX_VALUE;
        int firstText = Integer.MAX_VALUE;
        for (int t = 0; t < texts.size(); t++) {
            String original = texts.get(t);
            if (original == null || original.isBlank()) {
                continue;
            }
            String words = NotWords.blankedOut(original);
            ThemeLanguage language = ThemeLanguage.of(words);
            List<ThemeLanguage.Term> terms = language.terms(words);
            for (String keyword : theme.keywords()) {
                List<String> stems = language.terms(keyword).stream()
                        .map(ThemeLanguage.Term::stem)
                        .toList();
                int at = indexOf(terms, stems);
                if (at >= 0) {
                    score += stems.size();
                    ThemeLanguage.Term first = terms.get(at);
                    if (t < firstText || (t == firstText && first.start() < firstAt)) {
                        firstText = t;
                        firstAt = first.start();
                        firstWord = original.substring(
                                first.start(), terms.get(at + stems.size() - 1).end());
                    }
                }
            }
        }
        return score == 0
                ? Optional.empty()
                : Optional.of(new Ranked(
                        theme,
                        score,
                        // a score above nought means a term matched, and the first match set the word
                        Objects.requireNonNull(firstWord)));
    }

    /** Where the stems stand in a row among the terms, or -1. */
    private static int indexOf(List<ThemeLanguage.Term> terms, List<String> stems) {
        if (stems.isEmpty()) {
            return -1;
        }
        for (int i = 0; i + stems.size() <= terms.size(); i++) {
            boolean all = true;
            for (int j = 0; j < stems.size() && all; j++) {
                all = terms.get(i + j).stem().equals(stems.get(j));
            }
            if (all) {
                return i;
            }
        }
        return -1;
    }
}
