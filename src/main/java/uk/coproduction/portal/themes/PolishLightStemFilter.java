package uk.coproduction.portal.themes;

import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

import java.io.IOException;
import java.util.Comparator;
import java.util.List;

/**
 * Takes the commonest Polish inflectional endings off a word ("czekamy", "czekanie", "czekać" → "czek";
 * "rodzice", "rodzic" → "rodzic"), keeping at least three letters and leaving words of four letters or fewer alone. Much lighter than a dictionary stemmer: it is
 * only used to meet a theme's keywords, which pass through the same filter (decision 0040).
 */
final class PolishLightStemFilter extends TokenFilter {

    private static final int SHORTEST_STEM = 3;
    /** Short words are left as they are: "lat" (years) must not meet the English "late". */
    private static final int SHORTEST_WORD = 4;

    private static final List<String> ENDINGS = List.of(
                    "liśmy", "łyśmy", "iście", "owanie", "owania", "anie", "enie", "ania", "enia", "aniu", "eniu",
                    "ości", "ość", "ami", "ach", "ego", "emu", "ymi", "imi", "owi", "ami", "amy", "emy", "imy", "ają",
                    "eją", "ali", "ów", "om", "ie", "ia", "ią", "ię", "ać", "ić", "eć", "yć", "li", "ej", "ym", "im",
                    "a", "e", "i", "o", "u", "y", "ą", "ę")
            .stream()
            .distinct()
            .sorted(Comparator.comparingInt(String::length).reversed())
            .toList();

    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);

    PolishLightStemFilter(TokenStream input) {
        super(input);
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (!input.incrementToken()) {
            return false;
        }
        String word = term.toString();
        String stem = stem(stem(word));
        if (!stem.equals(word)) {
            term.setEmpty().append(stem);
        }
        return true;
    }

    static String stem(String word) {
        if (word.length() <= SHORTEST_WORD) {
            return word;
        }
        for (String ending : ENDINGS) {
            if (word.endsWith(ending) && word.length() - ending.length() >= SHORTEST_STEM) {
                return word.substring(0, word.length() - ending.length());
            }
        }
        return word;
    }
}
