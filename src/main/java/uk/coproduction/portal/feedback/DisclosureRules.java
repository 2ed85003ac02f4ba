package uk.coproduction.portal.feedback;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Collection;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The safeguarding rule set: phrases, one a line, in a file per language ({@code safeguarding/rules_en.txt},
 * {@code rules_pl.txt}); the header of each file says how to write and review them. Text and rules are compared
 * word by word after the same normalisation (lower case, no accents, no punctuation, "do not" read as "dont"), so
 * a rule is written once for every way people type it.
 */
public final class DisclosureRules {

    static final List<String> SHIPPED = List.of("en", "pl");

    /** Words that, just before a disclosure rule, usually turn it round ("nobody hits me", "he never hit me"). */
    private static final Set<String> NEGATIONS = Set.of(
            "not", "never", "no", "nobody", "noone", "dont", "doesnt", "didnt", "wont", "isnt", "wasnt", "havent",
            "hasnt", "cant", "wouldnt", "nie", "nigdy", "nikt");

    private static final int NEGATION_WINDOW = 2;
    private static final Pattern NOT_A_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final String[][] SPELLED_OUT = {
        {"do not", "dont"}, {"does not", "doesnt"}, {"did not", "didnt"}, {"can not", "cant"},
        {"cannot", "cant"}, {"will not", "wont"}, {"is not", "isnt"}, {"was not", "wasnt"},
        {"i am", "im"}, {"have not", "havent"}, {"has not", "hasnt"}, {"no one", "noone"},
        {"would not", "wouldnt"}, {"want to", "wanna"}, {"going to", "gonna"}
    };

    private record Rule(DisclosureTier tier, String written, String language, List<Step> steps) {}

    /**
     * One word position: any of the alternatives (a trailing * is a prefix), or a gap of up to {@code gap} words.
     * A set and a plain loop: every rule is tried at every word of every text, 10,000 times in a large import.
     */
    private record Step(Set<String> words, List<String> prefixes, int gap) {
        boolean accepts(String word) {
            if (words.contains(word)) {
                return true;
            }
            for (String prefix : prefixes) {
                if (word.startsWith(prefix)) {
                    return true;
                }
            }
            return false;
        }
    }

    private static final Pattern SENTENCE_END = Pattern.compile("[.!?;\\n\\r]+");

    private final List<Rule> rules;
    private final List<Rule> ordinary;
    /**
     * Which rules can start at a word: by the words and by the prefixes their first step accepts (a rule never
     * starts with a gap). A sentence is read against those rules only, in the rules' order, instead of every rule
     * at every word: the check runs for each of 10,000 rows of an import.
     */
    private final Map<String, BitSet> rulesByFirstWord = new HashMap<>();

    private final Map<String, BitSet> rulesByFirstPrefix = new HashMap<>();

    private DisclosureRules(List<Rule> all) {
        this.rules = all.stream().filter(r -> r.tier() != null).toList();
        this.ordinary = all.stream().filter(r -> r.tier() == null).toList();
        for (int i = 0; i < rules.size(); i++) {
            Step first = rules.get(i).steps().getFirst();
            for (String word : first.words()) {
                rulesByFirstWord.computeIfAbsent(word, w -> new BitSet()).set(i);
            }
            for (String prefix : first.prefixes()) {
                rulesByFirstPrefix.computeIfAbsent(prefix, w -> new BitSet()).set(i);
            }
        }
    }

    /** The rules whose first step accepts one of these words. */
    private BitSet rulesStartingIn(String[] words) {
        BitSet found = new BitSet(rules.size());
        for (String word : words) {
            BitSet exact = rulesByFirstWord.get(word);
            if (exact != null) {
                found.or(exact);
            }
            for (Map.Entry<String, BitSet> prefix : rulesByFirstPrefix.entrySet()) {
                if (word.startsWith(prefix.getKey())) {
                    found.or(prefix.getValue());
                }
            }
        }
        return found;
    }

    /** The rule files shipped with the portal, every language (people write in the language they think in). */
    public static DisclosureRules shipped() {
        List<Rule> all = new ArrayList<>();
        for (String language : SHIPPED) {
            String resource = "safeguarding/rules_" + language + ".txt";
            try (InputStream in = DisclosureRules.class.getClassLoader().getResourceAsStream(resource)) {
                if (in == null) {
                    throw new IllegalStateException("The safeguarding rule file " + resource + " is missing");
                }
                all.addAll(parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), language, resource));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return new DisclosureRules(all);
    }

    /** Rules from text in the rule-file format (for tests of the format itself). */
    public static DisclosureRules of(String text, String language) {
        return new DisclosureRules(parse(text, language, language));
    }

    private static List<Rule> parse(String text, String language, String source) {
        List<Rule> parsed = new ArrayList<>();
        Map<String, String> words = new HashMap<>();
        DisclosureTier tier = null;
        boolean ordinarySection = false;
        int lineNumber = 0;
        try (BufferedReader reader = new BufferedReader(new StringReader(text))) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                lineNumber++;
                String trimmed = line.strip();
                if (trimmed.isEmpty() || trimmed.startsWith("#")) {
                    continue;
                }
                if (trimmed.matches("@[a-z_]+\\s*=.*")) {
                    String[] definition = trimmed.split("\\s*=\\s*", 2);
                    if (definition.length != 2 || !definition[0].matches("@[a-z_]+") || definition[1].contains(" ")) {
                        throw new IllegalStateException(source + " line " + lineNumber
                                + ": a word list is written @name = word|word|word (no spaces)");
                    }
                    words.put(definition[0], expand(definition[1], words, source, lineNumber));
                } else if (trimmed.equals("[disclosure]")) {
                    tier = DisclosureTier.DISCLOSURE;
                    ordinarySection = false;
                } else if (trimmed.equals("[possible concern]")) {
                    tier = DisclosureTier.POSSIBLE_CONCERN;
                    ordinarySection = false;
                } else if (trimmed.equals("[ordinary]")) {
                    tier = null;
                    ordinarySection = true;
                } else if (tier == null && !ordinarySection) {
                    throw new IllegalStateException(
                            source + " line " + lineNumber + ": put rules under [disclosure] or [possible concern]");
                } else {
                    parsed.add(new Rule(tier, trimmed, language, steps(trimmed, words, source, lineNumber)));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return parsed;
    }

    /** Replaces each @name among the alternatives with the word list defined earlier in the file. */
    private static String expand(String token, Map<String, String> words, String source, int lineNumber) {
        List<String> out = new ArrayList<>();
        for (String alternative : token.split("\\|")) {
            if (alternative.startsWith("@")) {
                String list = words.get(alternative);
                if (list == null) {
                    throw new IllegalStateException(
                            source + " line " + lineNumber + ": " + alternative + " is used before it is defined");
                }
                out.add(list);
            } else {
                out.add(alternative);
            }
        }
        return String.join("|", out);
    }

    private static List<Step> steps(String rule, Map<String, String> definitions, String source, int lineNumber) {
        List<Step> steps = new ArrayList<>();
        String contracted = " " + rule.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ") + " ";
        for (String[] pair : SPELLED_OUT) {
            contracted = contracted.replace(" " + pair[0] + " ", " " + pair[1] + " ");
        }
        for (String raw : contracted.strip().split(" ")) {
            String token = raw.startsWith("~") ? raw : expand(raw, definitions, source, lineNumber);
            if (token.matches("~\\d?")) {
                steps.add(
                        new Step(Set.of(), List.of(), token.length() == 1 ? 3 : Integer.parseInt(token.substring(1))));
                continue;
            }
            List<String> words = new ArrayList<>();
            List<String> prefixes = new ArrayList<>();
            for (String alternative : token.split("\\|")) {
                boolean prefix = alternative.endsWith("*");
                String word = normalise(prefix ? alternative.substring(0, alternative.length() - 1) : alternative);
                if (word.isEmpty() || word.contains(" ")) {
                    throw new IllegalStateException(source + " line " + lineNumber + ": \"" + alternative
                            + "\" is not one word (join alternatives with | and no spaces)");
                }
                (prefix ? prefixes : words).add(word);
            }
            steps.add(new Step(Set.copyOf(words), List.copyOf(prefixes), 0));
        }
        if (steps.getFirst().gap() > 0 || steps.getLast().gap() > 0) {
            throw new IllegalStateException(source + " line " + lineNumber + ": a rule cannot start or end with ~");
        }
        return steps;
    }

    /** Lower case, accents and punctuation gone, apostrophes closed up, common spelled-out forms contracted. */
    static String normalise(String text) {
        String lower = text.toLowerCase(Locale.ROOT).replace('\u0142', 'l').replaceAll("['\u2019\u2018`]", "");
        String plain =
                MARKS.matcher(Normalizer.normalize(lower, Normalizer.Form.NFD)).replaceAll("");
        String spaced = " " + NOT_A_WORD.matcher(plain).replaceAll(" ").strip() + " ";
        for (String[] pair : SPELLED_OUT) {
            spaced = spaced.replace(" " + pair[0] + " ", " " + pair[1] + " ");
        }
        return spaced.strip();
    }

    /**
     * The strongest finding in any of the texts: a disclosure beats a possible concern. Each sentence is read on
     * its own; a sentence that also matches an [ordinary] rule ("it hit me hard") is lowered one tier.
     */
    public Optional<DisclosureFinding> check(Collection<String> texts) {
        DisclosureFinding best = null;
        for (String text : texts) {
            if (text == null || text.isBlank()) {
                continue;
            }
            for (String sentence : SENTENCE_END.split(text)) {
                DisclosureFinding found = inSentence(normalise(sentence).split(" "));
                if (found != null && found.tier() == DisclosureTier.DISCLOSURE) {
                    return Optional.of(found);
                }
                if (found != null && best == null) {
                    best = found;
                }
            }
        }
        return Optional.ofNullable(best);
    }

    private DisclosureFinding inSentence(String[] words) {
        DisclosureFinding best = null;
        BitSet candidates = rulesStartingIn(words);
        for (int i = candidates.nextSetBit(0); i >= 0; i = candidates.nextSetBit(i + 1)) {
            Rule rule = rules.get(i);
            DisclosureFinding found = find(rule, words);
            if (found != null
                    && (best == null || found.tier().ordinal() < best.tier().ordinal())) {
                best = found;
            }
        }
        if (best != null && ordinary.stream().anyMatch(rule -> find(rule, words) != null)) {
            return best.tier() == DisclosureTier.DISCLOSURE
                    ? new DisclosureFinding(
                            DisclosureTier.POSSIBLE_CONCERN, best.matched(), best.rule(), best.language(), true)
                    : null;
        }
        return best;
    }

    public Optional<DisclosureFinding> check(String text) {
        return check(Arrays.asList(text));
    }

    private static DisclosureFinding find(Rule rule, String[] words) {
        DisclosureFinding lowered = null;
        Step first = rule.steps().getFirst(); // never a gap
        for (int start = 0; start < words.length; start++) {
            if (!first.accepts(words[start])) {
                continue;
            }
            ArrayDeque<String> skipped = new ArrayDeque<>();
            int end = matches(rule.steps(), 0, words, start, skipped);
            if (end >= 0) {
                String matched = String.join(" ", Arrays.copyOfRange(words, start, end));
                if (rule.tier() != DisclosureTier.POSSIBLE_CONCERN
                        && (negatedBefore(words, start) || skipped.stream().anyMatch(NEGATIONS::contains))) {
                    lowered = new DisclosureFinding(
                            DisclosureTier.POSSIBLE_CONCERN, matched, rule.written(), rule.language(), true);
                    continue;
                }
                return new DisclosureFinding(rule.tier(), matched, rule.written(), rule.language(), false);
            }
        }
        return lowered;
    }

    private static boolean negatedBefore(String[] words, int start) {
        for (int i = Math.max(0, start - NEGATION_WINDOW); i < start; i++) {
            if (NEGATIONS.contains(words[i])) {
                return true;
            }
        }
        return false;
    }

    /**
     * Where the steps' match from word {@code at} ends (exclusive), or -1; {@code skipped} ends up holding the words
     * the gaps passed over.
     */
    private static int matches(List<Step> steps, int step, String[] words, int at, Deque<String> skipped) {
        if (step == steps.size()) {
            return at;
        }
        Step current = steps.get(step);
        if (current.gap() > 0) {
            int pushed = 0;
            for (int skip = 0; skip <= current.gap() && at + skip <= words.length; skip++) {
                if (skip > 0) {
                    skipped.push(words[at + skip - 1]);
                    pushed++;
                }
                int end = matches(steps, step + 1, words, at + skip, skipped);
                if (end >= 0) {
                    return end;
                }
            }
            for (int i = 0; i < pushed; i++) {
                skipped.pop();
            }
            return -1;
        }
        return at < words.length && current.accepts(words[at]) ? matches(steps, step + 1, words, at + 1, skipped) : -1;
    }

    /** How many rules of each tier, for the decision record and the staff page that lists them. */
    public long count(DisclosureTier tier) {
        return rules.stream().filter(r -> r.tier() == tier).count();
    }
}
