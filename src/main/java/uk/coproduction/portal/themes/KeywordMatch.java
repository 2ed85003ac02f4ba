package uk.coproduction.portal.themes;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds a theme's keywords in what a person wrote: case-insensitive, at the start of a word, so "wait" finds
 * "waited" and "Waiting" but not "await"; a keyword of several words ("long time") is found as a phrase.
 */
final class KeywordMatch {

    private KeywordMatch() {
    }

    /** The first word in {@code texts} that one of {@code keywords} starts, as the person wrote it. */
    static Optional<String> firstMatch(List<String> keywords, List<String> texts) {
        for (String keyword : keywords) {
            Pattern pattern = Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(keyword) + "[\\p{L}\\p{N}'’-]*",
                    Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
            for (String text : texts) {
                Matcher matcher = pattern.matcher(text);
                if (matcher.find()) {
                    return Optional.of(matcher.group());
                }
            }
        }
        return Optional.empty();
    }
}
