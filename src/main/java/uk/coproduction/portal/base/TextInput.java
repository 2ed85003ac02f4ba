package uk.coproduction.portal.base;

import org.jspecify.annotations.Nullable;

import java.util.List;

/**
 * Free text as people type it. Emoji, accents and right-to-left scripts are kept; control characters
 * (other than new lines and tabs), bidirectional override characters, which can disguise text, and lone halves of
 * surrogate pairs (a cut-off emoji or a broken client: the database would store them as "?") are removed.
 * Text is always shown as text, never as markup, so nothing here needs escaping.
 */
public final class TextInput {

    public static final int MAX_LENGTH = 5000;

    private TextInput() {}

    public static @Nullable String clean(@Nullable String text) {
        if (text == null) {
            return null;
        }
        StringBuilder cleaned = new StringBuilder(text.length());
        text.codePoints().filter(TextInput::isKept).forEach(cleaned::appendCodePoint);
        String result = cleaned.toString().strip();
        return result.isEmpty() ? null : result;
    }

    /**
     * Cleans the text; when it is longer than {@link #MAX_LENGTH}, adds a problem for the field instead.
     *
     * @return the cleaned text, or null when empty or too long
     */
    public static @Nullable String within(
            @Nullable String text, String field, String messageKey, List<InvalidInputException.Problem> problems) {
        String cleaned = clean(text);
        if (cleaned != null && cleaned.length() > MAX_LENGTH) {
            problems.add(new InvalidInputException.Problem(field, messageKey));
            return null;
        }
        return cleaned;
    }

    private static boolean isKept(int codePoint) {
        if (codePoint == '\n' || codePoint == '\t') {
            return true;
        }
        if (codePoint == '\r') {
            return false;
        }
        int type = Character.getType(codePoint);
        if (type == Character.CONTROL || type == Character.SURROGATE) {
            return false;
        }
        // LRE, RLE, PDF, LRO, RLO and the isolates LRI, RLI, FSI, PDI
        return !(codePoint >= 0x202A && codePoint <= 0x202E) && !(codePoint >= 0x2066 && codePoint <= 0x2069);
    }
}
