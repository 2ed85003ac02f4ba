package uk.coproduction.portal.feedback;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Safeguarding phrases in every language we ship ({@code portal.safeguarding.keywords}). Words that match take
 * the item out of every ordinary view at once, into the safeguarding queue. Matching ignores case and spacing
 * and only counts whole words ("hit me" matches "He hit  me", not "white meat").
 */
@Component
public class SafeguardingKeywords {

    private record Rule(String phrase, Pattern pattern) {
    }

    private final List<Rule> rules;

    SafeguardingKeywords(@Value("${portal.safeguarding.keywords:}") List<String> phrases) {
        this.rules = phrases.stream().map(String::strip).filter(p -> !p.isEmpty()).distinct()
                .map(p -> new Rule(p, pattern(p))).toList();
    }

    private static Pattern pattern(String phrase) {
        StringBuilder regex = new StringBuilder("(?<![\\p{L}\\p{N}])");
        String[] words = phrase.split("\\s+");
        for (int i = 0; i < words.length; i++) {
            regex.append(i == 0 ? "" : "\\s+").append(Pattern.quote(words[i]));
        }
        regex.append("(?![\\p{L}\\p{N}])");
        return Pattern.compile(regex.toString(), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    /** The first configured phrase found in any of the texts, if any. */
    public Optional<String> firstMatch(Collection<String> texts) {
        for (Rule rule : rules) {
            for (String text : texts) {
                if (text != null && rule.pattern().matcher(text).find()) {
                    return Optional.of(rule.phrase());
                }
            }
        }
        return Optional.empty();
    }

    /** Flags the item when anything the person wrote matches; true when it did. */
    public boolean check(Feedback item, java.time.Instant now) {
        if (item.isSafeguardingFlag()) {
            return false;
        }
        Optional<String> match = firstMatch(item.personsWords());
        match.ifPresent(phrase -> item.flagForSafeguardingKeyword(phrase, now));
        return match.isPresent();
    }
}
