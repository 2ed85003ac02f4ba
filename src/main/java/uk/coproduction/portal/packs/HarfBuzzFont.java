package uk.coproduction.portal.packs;

import com.openhtmltopdf.css.constants.IdentValue;
import com.openhtmltopdf.pdfboxout.PdfBoxFontResolver.FontDescription;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.font.FontRenderContext;
import java.awt.font.GlyphVector;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One embedded face shaped by the JDK's own HarfBuzz ({@link Font#layoutGlyphVector}) from the same font file the pack
 * embeds: which glyphs a run of Devanagari, Bengali or Gurmukhi words is drawn with (conjuncts, half and subjoined
 * forms, reph, pre-base vowel signs moved before their consonant, split vowels) and where each sits (the font's GPOS:
 * marks on their bases). The glyphs are the embedded font's own, so they are drawn by id ({@link GlyphIdFont}).
 */
final class HarfBuzzFont {

    /** The font's design units per em, as PDF glyph space counts them: shaping at this size gives glyph space units. */
    private static final float EM = 1000f;
    /** Unhinted, fractional positions: the shaping of the outlines, not of a screen's pixels. */
    private static final FontRenderContext OUTLINES = new FontRenderContext(null, false, true);
    /** The JDK's placeholders for characters that draw nothing (joiners): 0xFFFE and 0xFFFF. */
    private static final int INVISIBLE = 0xFFFE;

    private static final Map<Path, Font> FONTS = new ConcurrentHashMap<>();

    /**
     * A run as shaped: its glyph ids, each one's pen position in glyph space units (x to the right, y down, from the
     * run's origin) and the run's advance.
     */
    record Shaped(int[] glyphs, float[] x, float[] y, float advance) {}

    private final Font font;
    private final PDType0Font embedded;
    private final GlyphIdFont byGlyphId;
    private final String postScriptName;
    private final Map<FontDescription, FontDescription> descriptions = new HashMap<>();
    private final Map<String, Shaped> shaped = new HashMap<>();
    private final Map<Integer, String> madeGlyphs = new HashMap<>();

    HarfBuzzFont(Path file, PDType0Font embedded) {
        this.font = FONTS.computeIfAbsent(file, HarfBuzzFont::read);
        this.embedded = embedded;
        this.byGlyphId = new GlyphIdFont(embedded);
        this.postScriptName = embedded.getName();
    }

    private static Font read(Path file) {
        try {
            return Font.createFont(Font.TRUETYPE_FONT, file.toFile()).deriveFont(EM);
        } catch (FontFormatException | IOException e) {
            throw new UncheckedIOException("Could not read the font " + file, new IOException(e));
        }
    }

    /** The words shaped (left to right: the scripts shaped here are all written so); a pack shapes each text once. */
    Shaped shape(String words) {
        return shaped.computeIfAbsent(words, this::layOut);
    }

    private Shaped layOut(String words) {
        char[] chars = words.toCharArray();
        GlyphVector vector = font.layoutGlyphVector(OUTLINES, chars, 0, chars.length, Font.LAYOUT_LEFT_TO_RIGHT);
        int count = vector.getNumGlyphs();
        int[] codes = vector.getGlyphCodes(0, count, null);
        int[] clusters = vector.getGlyphCharIndices(0, count, null);
        float[] positions = vector.getGlyphPositions(0, count + 1, null);
        int[] glyphs = new int[count];
        float[] x = new float[count];
        float[] y = new float[count];
        int drawn = 0;
        TreeSet<Integer> starts = new TreeSet<>();
        Arrays.stream(clusters).forEach(starts::add);
        for (int i = 0; i < count; i++) {
            if (codes[i] >= INVISIBLE) {
                continue;
            }
            glyphs[drawn] = codes[i];
            x[drawn] = positions[i * 2];
            y[drawn] = positions[i * 2 + 1];
            drawn++;
            Integer next = starts.higher(clusters[i]);
            remember(codes[i], words.substring(clusters[i], next == null ? words.length() : next));
        }
        return new Shaped(
                Arrays.copyOf(glyphs, drawn), Arrays.copyOf(x, drawn), Arrays.copyOf(y, drawn), positions[count * 2]);
    }

    /** The letters a glyph stands for, the first time it is drawn: its entry in the font's ToUnicode map. */
    private void remember(int glyph, String letters) {
        madeGlyphs.putIfAbsent(glyph, letters);
    }

    /** The letters of every glyph shaping drew, by glyph id (which is the glyph's code in the PDF). */
    Map<Integer, String> madeGlyphs() {
        return Map.copyOf(madeGlyphs);
    }

    /** How far the PDF moves the pen after this glyph: its advance in the embedded font, in glyph space units. */
    float advance(int glyph) throws IOException {
        return embedded.getWidthFromFont(glyph);
    }

    /** The embedded font's PostScript name, without the prefix saving gives a subset (ABCDEF+). */
    String postScriptName() {
        return postScriptName;
    }

    /** The face as the renderer draws glyph ids with it, keeping the weight and style it was chosen for. */
    FontDescription byGlyphId(FontDescription face) {
        return descriptions.computeIfAbsent(
                face,
                d -> new FontDescription(
                        byGlyphId, d.getStyle() == null ? IdentValue.NORMAL : d.getStyle(), d.getWeight()));
    }
}
