package uk.coproduction.portal.packs;

import java.util.HashSet;
import java.util.Set;

/**
 * Text as one pack prints it, with the fonts it embeds: first {@link PrintableText} (no control or direction-override
 * characters), then every character no embedded font can draw becomes the visible {@link #MARKER} and is counted, so
 * the pack can say how many there were; a character is never dropped silently. Format characters (joiners, soft
 * hyphens, tags) and variation selectors draw nothing and are left out, except a zero-width joiner or non-joiner
 * between two letters, which shapes Indic and Arabic words. Emoji sequences joined by ZWJ print as their parts: the
 * embedded emoji font is monochrome and has no glyphs for the joined forms.
 */
final class PrintedText {

    /** What a character no font can draw prints as. Every pack's fonts must draw it. */
    static final String MARKER = "\u25A1";

    private final PackFonts fonts;
    private final Set<String> families = new HashSet<>();
    private int unprintable;

    PrintedText(PackFonts fonts) {
        this.fonts = fonts;
        fonts.familyFor('A').ifPresent(families::add);
        if (!fonts.draws(MARKER.codePointAt(0))) {
            throw new IllegalStateException("No pack font draws the marker " + MARKER + " (Noto Sans Symbols 2)");
        }
    }

    String of(String text) {
        return print(text, true);
    }

    /** The same printing without counting: for words printed a second time (a bookmark, the metadata). */
    String again(String text) {
        return print(text, false);
    }

    private String print(String text, boolean count) {
        String clean = PrintableText.of(text);
        StringBuilder printed = new StringBuilder(clean.length());
        int[] points = clean.codePoints().toArray();
        for (int i = 0; i < points.length; i++) {
            int c = points[i];
            if (isVariationSelector(c)) {
                continue;
            }
            if (c == '\u200C' || c == '\u200D') {
                if (i > 0 && i < points.length - 1 && joinsLetters(points[i - 1], points[i + 1]) && fonts.draws(c)) {
                    printed.appendCodePoint(c);
                }
                continue;
            }
            if (Character.getType(c) == Character.FORMAT) {
                continue;
            }
            if (Character.isWhitespace(c) || c == '\u00A0') {
                printed.appendCodePoint(c);
            } else if (fonts.draws(c)) {
                printed.appendCodePoint(c);
                fonts.familyFor(c).ifPresent(families::add);
            } else {
                printed.append(MARKER);
                fonts.familyFor(MARKER.codePointAt(0)).ifPresent(families::add);
                if (count) {
                    unprintable++;
                }
            }
        }
        return printed.toString();
    }

    /** The font families the printed words need: only these are embedded, so a pack loads only the fonts it uses. */
    Set<String> families() {
        return Set.copyOf(families);
    }

    /** How many characters printed as the marker so far. */
    int unprintable() {
        return unprintable;
    }

    private static boolean isVariationSelector(int c) {
        return c >= 0xFE00 && c <= 0xFE0F || c >= 0xE0100 && c <= 0xE01EF;
    }

    private static boolean joinsLetters(int before, int after) {
        return isLetterOrMark(before) && isLetterOrMark(after);
    }

    private static boolean isLetterOrMark(int c) {
        int type = Character.getType(c);
        return Character.isLetter(c) || type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK;
    }
}
