package uk.coproduction.portal.feedback;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A reviewable list of words to redact, read from a resource file (one entry a line, # for comments). An entry
 * starting with * is also an ordinary word (Deal, Will), so it counts only with a capital letter; for names, only
 * away from the start of a sentence or with a surname after it.
 */
final class Gazetteer {

    private static final String SURNAME = "(?:\\s+\\p{Lu}[\\p{L}'’-]*)*";

    private final Pattern anyCase;
    private final Pattern capitalised;
    private final int entries;

    private Gazetteer(List<String> plain, List<String> ambiguous) {
        this.anyCase = alternation(plain, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        this.capitalised = alternation(ambiguous, 0);
        this.entries = plain.size() + ambiguous.size();
    }

    static Gazetteer load(String resource) {
        List<String> plain = new ArrayList<>();
        List<String> ambiguous = new ArrayList<>();
        try (InputStream in = Gazetteer.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Missing redaction list " + resource);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                String entry = line.strip();
                if (entry.isEmpty() || entry.startsWith("#")) {
                    continue;
                }
                if (entry.startsWith("*")) {
                    ambiguous.add(entry.substring(1).strip());
                } else {
                    plain.add(entry);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Gazetteer(plain, ambiguous);
    }

    int size() {
        return entries;
    }

    /** Every entry (places): any case for plain entries, capitalised for ambiguous ones. */
    String replace(String text, String placeholder) {
        String replaced = anyCase.matcher(text).replaceAll(placeholder);
        return capitalised.matcher(replaced).replaceAll(placeholder);
    }

    /**
     * First names, with any capitalised surname after them ("Ellie Brown" becomes one [name]). Names are matched
     * with their capital letter only: "grace" or "mark" in small letters are words.
     */
    String replaceNames(String text, Predicate<String> isNameWord) {
        String replaced = replaceName(anyCaseAsCapitalised(), text, isNameWord, false);
        return replaceName(withSurname(capitalised), replaced, isNameWord, true);
    }

    private Pattern anyCaseAsCapitalised() {
        return withSurname(Pattern.compile(anyCase.pattern()));
    }

    private static Pattern withSurname(Pattern names) {
        return Pattern.compile(names.pattern().replace(")(?![\\p{L}'’-])", ")(?![\\p{L}'’-])(" + SURNAME + ")"));
    }

    private static String replaceName(Pattern pattern, String text, Predicate<String> isNameWord, boolean ambiguous) {
        Matcher matcher = pattern.matcher(text);
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            String surnames = matcher.group(1);
            String kept = "";
            StringBuilder taken = new StringBuilder();
            for (String word : surnames.strip().isEmpty()
                    ? new String[0]
                    : surnames.strip().split("\\s+")) {
                if (!kept.isEmpty() || !isNameWord.test(word)) {
                    kept = kept + " " + word;
                } else {
                    taken.append(' ').append(word);
                }
            }
            boolean counts = !ambiguous || !taken.isEmpty() || !SentenceStart.at(text, matcher.start());
            String replacement = counts ? "[name]" + kept : matcher.group();
            matcher.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        matcher.appendTail(out);
        return out.toString();
    }

    private static Pattern alternation(List<String> entries, int flags) {
        if (entries.isEmpty()) {
            return Pattern.compile("(?!)");
        }
        StringBuilder regex = new StringBuilder("(?<![\\p{L}'’-])(?:");
        entries.stream()
                .sorted(Comparator.comparingInt(String::length).reversed())
                .forEach(entry -> {
                    if (regex.charAt(regex.length() - 1) != ':') {
                        regex.append('|');
                    }
                    // Spaces and hyphens in a place name may be written either way: "Westgate on Sea",
                    // "Westgate-on-Sea".
                    regex.append(Arrays.stream(entry.split("[\\s-]+"))
                            .map(token -> Pattern.quote(token).replace("'", "\\E['’]?\\Q"))
                            .collect(Collectors.joining("[\\s-]+")));
                });
        return Pattern.compile(regex.append(")(?![\\p{L}'’-])").toString(), flags);
    }
}
