package uk.coproduction.portal.packs;

import com.openhtmltopdf.bidi.BidiReorderer;
import com.openhtmltopdf.extend.FontContext;
import com.openhtmltopdf.extend.OutputDevice;
import com.openhtmltopdf.extend.TextRenderer;
import com.openhtmltopdf.layout.SharedContext;
import com.openhtmltopdf.pdfboxout.FontRun;
import com.openhtmltopdf.pdfboxout.PdfBoxFSFont;
import com.openhtmltopdf.pdfboxout.PdfBoxOutputDevice;
import com.openhtmltopdf.pdfboxout.PdfBoxTextRenderer;
import com.openhtmltopdf.pdfboxout.PdfContentStreamAdapter;
import com.openhtmltopdf.render.AbstractOutputDevice;
import com.openhtmltopdf.render.FSFont;
import com.openhtmltopdf.render.JustificationInfo;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.font.PDFont;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * openhtmltopdf's text measuring and drawing, with Devanagari, Bengali and Gurmukhi runs shaped by HarfBuzz
 * ({@link HarfBuzzFont}). openhtmltopdf measures and draws text character by character through the font's character
 * map, so an Indic word would be laid out at the width of its unshaped letters and drawn unshaped (PDFBox's own
 * substitution covers Devanagari and Bengali only, without mark positioning, and after the width was taken). Here a
 * run in a shaped face is measured at its shaped advance, so the space after a word with a conjunct is one space, and
 * drawn as the shaped glyphs at their positions, inside a marked-content span whose ActualText is the run's letters
 * as written: screen readers, copying and text extraction read the words in logical order (a pre-base vowel sign is
 * drawn before its consonant but read after it). Every other run is measured and drawn by openhtmltopdf as before.
 */
final class ShapingTextRenderer extends PdfBoxTextRenderer {

    /** A glyph drawn this far (in glyph space units) from where the previous glyph's advance left the pen starts anew. */
    private static final float MOVED = 0.5f;

    private static final COSName SPAN = COSName.getPDFName("Span");

    private final SharedContext context;
    private final Map<PDFont, HarfBuzzFont> shaped;
    private BidiReorderer reorderer;

    /** @param shaped the faces to shape, by the PDF font openhtmltopdf was given for them */
    ShapingTextRenderer(SharedContext context, Map<PDFont, HarfBuzzFont> shaped) {
        this.context = context;
        this.shaped = new IdentityHashMap<>(shaped);
    }

    @Override
    public void setup(FontContext fontContext, BidiReorderer reorderer) {
        super.setup(fontContext, reorderer);
        this.reorderer = reorderer;
    }

    /** Whether the text has a letter of a script shaped here; all other text takes openhtmltopdf's own path. */
    static boolean needsShaping(String text) {
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            Character.UnicodeScript script = Character.UnicodeScript.of(c);
            if (script == Character.UnicodeScript.DEVANAGARI
                    || script == Character.UnicodeScript.BENGALI
                    || script == Character.UnicodeScript.GURMUKHI) {
                return true;
            }
            i += Character.charCount(c);
        }
        return false;
    }

    @Override
    public int getWidth(FontContext fontContext, FSFont font, String string) {
        String text = TextRenderer.getEffectivePrintableString(string);
        if (!needsShaping(text)) {
            return super.getWidth(fontContext, font, string);
        }
        PdfBoxFSFont fonts = (PdfBoxFSFont) font;
        float width = 0;
        for (FontRun run : runs(fonts, text)) {
            width += advance(run);
        }
        float result = width / 1000f * fonts.getSize2D();
        // Rounded as openhtmltopdf rounds its own measurements.
        return result - Math.floor(result) < 0.01f ? (int) result : (int) Math.ceil(result);
    }

    @Override
    public void drawString(OutputDevice outputDevice, String string, float x, float y) {
        drawString(outputDevice, string, x, y, null);
    }

    @Override
    public void drawString(OutputDevice outputDevice, String string, float x, float y, JustificationInfo info) {
        String text = TextRenderer.getEffectivePrintableString(string);
        if (!needsShaping(text)) {
            super.drawString(outputDevice, string, x, y, info);
            return;
        }
        PdfBoxOutputDevice device = (PdfBoxOutputDevice) outputDevice;
        // The device was given the font just before (openhtmltopdf sets the specification and the font together).
        PdfBoxFSFont fonts =
                (PdfBoxFSFont) context.getFont(((AbstractOutputDevice) outputDevice).getFontSpecification());
        float size = fonts.getSize2D();
        float offset = 0;
        for (FontRun run : runs(fonts, text)) {
            HarfBuzzFont face = shaped.get(run.description.getFont());
            if (face == null) {
                device.drawStringFast(run.string, x + offset, y, info, run.description, size);
            } else {
                drawShaped(device, face, run, x + offset, y, size);
            }
            offset += advance(run) / 1000f * size;
            if (info != null) {
                offset += run.spaceCharacterCount * info.getSpaceAdjust()
                        + run.otherCharacterCount * info.getNonSpaceAdjust();
            }
        }
    }

    /**
     * Draws a shaped run's glyphs: as few pieces as the positions allow (a new piece where a glyph is not where the
     * previous glyph's advance leaves the pen, e.g. a mark placed on its base), all inside one span carrying the
     * letters as written.
     */
    private static void drawShaped(
            PdfBoxOutputDevice device, HarfBuzzFont face, FontRun run, float x, float y, float size) {
        HarfBuzzFont.Shaped glyphs = face.shape(run.string);
        float scale = size / 1000f;
        PdfContentStreamAdapter content = device.getCurrentPage();
        COSDictionary span = new COSDictionary();
        span.setItem(COSName.ACTUAL_TEXT, new COSString(run.string));
        content.beginMarkedContent(SPAN, span);
        try {
            int[] ids = glyphs.glyphs();
            List<Piece> pieces = new ArrayList<>();
            int from = 0;
            while (from < ids.length) {
                float pen = glyphs.x()[from] + face.advance(ids[from]);
                int to = from + 1;
                while (to < ids.length
                        && glyphs.y()[to] == glyphs.y()[from]
                        && Math.abs(glyphs.x()[to] - pen) < MOVED) {
                    pen += face.advance(ids[to]);
                    to++;
                }
                pieces.add(new Piece(from, to, glyphs.x()[from], pen));
                from = to;
            }
            for (Piece piece : readingOrder(pieces, glyphs, face)) {
                device.drawStringFast(
                        GlyphIdFont.of(ids, piece.from(), piece.to()),
                        x + piece.start() * scale,
                        y + glyphs.y()[piece.from()] * scale,
                        null,
                        face.byGlyphId(run.description),
                        size);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not draw shaped text with " + face.postScriptName(), e);
        } finally {
            content.endMarkedContent();
        }
    }

    /** Glyphs from..to drawn in one go, from start to end (glyph space units from the run's origin). */
    private record Piece(int from, int to, float start, float end) {}

    /**
     * The order to draw a run's pieces in: readers (poppler) take an ActualText span's extent from its first glyph's
     * start to its last glyph's end, so the piece that starts furthest left is drawn first and the one that reaches
     * furthest right last. Otherwise a mark placed back over its base, drawn last, would end the word early, and the
     * gap to the next word would read as a space (चाहन्छु ,).
     */
    private static List<Piece> readingOrder(List<Piece> pieces, HarfBuzzFont.Shaped glyphs, HarfBuzzFont face)
            throws IOException {
        if (pieces.size() < 2) {
            return pieces;
        }
        List<Piece> order = new ArrayList<>(pieces);
        Piece first = order.stream().min(Comparator.comparing(Piece::start)).orElseThrow();
        order.remove(first);
        Piece last = order.isEmpty()
                ? null
                : order.stream().max(Comparator.comparing(Piece::end)).orElseThrow();
        if (last == null || first.end() > last.end()) {
            if (first.to() - first.from() > 1) {
                // The first piece also reaches furthest: its last glyph is drawn on its own, last.
                int tail = first.to() - 1;
                float tailStart = first.end() - face.advance(glyphs.glyphs()[tail]);
                order.addFirst(new Piece(first.from(), tail, first.start(), tailStart));
                order.addLast(new Piece(tail, first.to(), tailStart, first.end()));
                return order;
            }
            last = null;
        }
        order.addFirst(first);
        if (last != null) {
            order.remove(last);
            order.addLast(last);
        }
        return order;
    }

    /** A run's advance in glyph space units: shaped, or as openhtmltopdf measures it. */
    private float advance(FontRun run) {
        HarfBuzzFont face = shaped.get(run.description.getFont());
        if (face != null) {
            return face.shape(run.string).advance();
        }
        try {
            return run.description.getFont().getStringWidth(run.string);
        } catch (IOException | IllegalArgumentException e) {
            throw new IllegalStateException(
                    "The font " + run.description.getFamily() + " was chosen for \"" + run.string
                            + "\" but cannot draw it",
                    e);
        }
    }

    /**
     * openhtmltopdf's font runs, except that a zero-width joiner or non-joiner between two runs of the same shaped
     * face joins them: it belongs to the word's shaping (a half form), whichever font happens to map it first.
     */
    private List<FontRun> runs(PdfBoxFSFont fonts, String text) {
        List<FontRun> runs = PdfBoxTextRenderer.divideIntoFontRuns(fonts, text, reorderer);
        List<FontRun> joined = new ArrayList<>(runs.size());
        for (int i = 0; i < runs.size(); i++) {
            FontRun run = runs.get(i);
            if (!joined.isEmpty()
                    && i + 1 < runs.size()
                    && isJoiners(run.string)
                    && joined.getLast().description == runs.get(i + 1).description
                    && shaped.containsKey(runs.get(i + 1).description.getFont())) {
                FontRun before = joined.removeLast();
                FontRun after = runs.get(++i);
                FontRun merged = new FontRun(before.description);
                merged.string = before.string + run.string + after.string;
                merged.spaceCharacterCount = before.spaceCharacterCount + after.spaceCharacterCount;
                merged.otherCharacterCount =
                        before.otherCharacterCount + run.otherCharacterCount + after.otherCharacterCount;
                joined.add(merged);
            } else {
                joined.add(run);
            }
        }
        return joined;
    }

    private static boolean isJoiners(String text) {
        return !text.isEmpty() && text.chars().allMatch(c -> c == '\u200C' || c == '\u200D');
    }
}
