package uk.coproduction.portal.themes;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The two languages people write to us in, each with its Lucene analysis: English through Lucene's
 * {@link EnglishAnalyzer} (standard tokenizer, possessives, lower case, English stop words, Porter stemming);
 * Polish through Lucene's standard tokenizer, lower case and stop words with a light suffix stemmer of our own,
 * because Lucene's Polish stemmer (lucene-analysis-stempel) is not on the registry this project builds from
 * (decision 0040). A comment is analysed in one language, and every keyword the same way, so "waited" meets the
 * keyword "wait" and "czekamy" meets "czekać".
 */
enum ThemeLanguage {
    ENGLISH {
        @Override
        Analyzer analyzer() {
            return new EnglishAnalyzer(STOP_WORDS_KEEPING_NEGATION);
        }
    },
    POLISH {
        @Override
        Analyzer analyzer() {
            return new Analyzer() {
                @Override
                protected TokenStreamComponents createComponents(String fieldName) {
                    Tokenizer source = new StandardTokenizer();
                    TokenStream result = new LowerCaseFilter(source);
                    result = new StopFilter(result, POLISH_STOP_WORDS);
                    return new TokenStreamComponents(source, new PolishLightStemFilter(result));
                }
            };
        }
    };

    /** Lucene's English stop words except "no" and "not": "not told" and "no choice" are what people complain of. */
    static final CharArraySet STOP_WORDS_KEEPING_NEGATION = CharArraySet.unmodifiableSet(new CharArraySet(
            EnglishAnalyzer.ENGLISH_STOP_WORDS_SET.stream()
                    .map(word -> new String((char[]) word))
                    .filter(word -> !word.equals("no") && !word.equals("not"))
                    .toList(),
            true));

    /** Common Polish words that say nothing about a service. */
    static final CharArraySet POLISH_STOP_WORDS = CharArraySet.unmodifiableSet(new CharArraySet(
            List.of(
                    "a", "aby", "ale", "bardzo", "bez", "być", "był", "była", "było", "były", "będzie", "będę", "co",
                    "czy", "dla", "do", "gdy", "i", "ich", "jak", "jako", "jest", "jestem", "już", "lub", "ma", "mam",
                    "mi", "mnie", "mój", "moja", "moje", "my", "na", "nam", "nas", "nie", "o", "od", "on", "ona", "oni",
                    "po", "przez", "się", "są", "ta", "tak", "te", "tego", "tej", "ten", "to", "też", "tylko", "w",
                    "we", "z", "za", "ze", "że", "żeby", "już", "proszę", "ja", "ty", "go", "jej"),
            true));

    private static final Pattern POLISH_LETTERS = Pattern.compile("[ąćęłńóśźżĄĆĘŁŃÓŚŹŻ]");
    private static final Pattern WORD = Pattern.compile("\\p{L}+");

    /** Lucene analyzers are thread-safe and keep their token streams per thread, so one of each is enough. */
    private final Analyzer analyzer = analyzer();

    abstract Analyzer analyzer();

    /**
     * Polish when it has Polish letters or at least two Polish stop words; otherwise English, the language most
     * of our feedback is in.
     */
    static ThemeLanguage of(String text) {
        if (POLISH_LETTERS.matcher(text).find()) {
            return POLISH;
        }
        int polishWords = 0;
        var words = WORD.matcher(text.toLowerCase(Locale.ROOT));
        while (words.find()) {
            String word = words.group();
            if (word.length() > 1 && !ENGLISH_TOO.contains(word) && POLISH_STOP_WORDS.contains(word)) {
                polishWords++;
            }
        }
        return polishWords >= 2 ? POLISH : ENGLISH;
    }

    /** Polish stop words that are English words too, so they say nothing about the language. */
    private static final List<String> ENGLISH_TOO =
            List.of("a", "i", "on", "to", "go", "my", "we", "po", "do", "no", "co", "ma", "mi", "te", "ta");

    /** One analysed word: its stem, and where it stands in the text analysed. */
    record Term(String stem, int start, int end) {}

    /** The text's words as stems, in order, stop words left out. */
    List<Term> terms(String text) {
        List<Term> terms = new ArrayList<>();
        try (TokenStream stream = analyzer.tokenStream("text", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                terms.add(new Term(term.toString(), offset.startOffset(), offset.endOffset()));
            }
            stream.end();
        } catch (IOException impossible) {
            throw new UncheckedIOException(impossible);
        }
        return terms;
    }
}
