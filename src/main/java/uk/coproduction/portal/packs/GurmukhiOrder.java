package uk.coproduction.portal.packs;

import java.util.regex.Pattern;

/**
 * Puts Gurmukhi's vowel sign i (sihari, ਿ) where a reader sees it: before the consonant it follows in writing. PDFBox
 * shapes Devanagari and Bengali when it draws them, but not Gurmukhi (Punjabi), and without this ਕਿਰਪਾ would print
 * with the sign after ਕ, which reads as another word. Only the drawn words are reordered; the pack's title and
 * bookmarks keep the order the words were written in.
 */
final class GurmukhiOrder {

    private static final String CONSONANT = "[\\u0A15-\\u0A39\\u0A59-\\u0A5E]\\u0A3C?";
    private static final Pattern SIHARI_AFTER_CLUSTER =
            Pattern.compile("(" + CONSONANT + "(?:\\u0A4D" + CONSONANT + ")*)\\u0A3F");

    private GurmukhiOrder() {
    }

    static String visual(String text) {
        if (text.indexOf('\u0A3F') < 0) {
            return text;
        }
        return SIHARI_AFTER_CLUSTER.matcher(text).replaceAll("\u0A3F$1");
    }
}
