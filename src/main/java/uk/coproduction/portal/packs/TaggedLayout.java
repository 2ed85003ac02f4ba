package uk.coproduction.portal.packs;

import com.openhtmltopdf.bidi.support.ICUBidiReorderer;
import com.openhtmltopdf.bidi.support.ICUBidiSplitter;
import com.openhtmltopdf.bidi.support.ICUBreakers;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder;
import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.pdfboxout.PDFontSupplier;
import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The one renderer set-up of every tagged PDF the portal prints: evidence packs ({@link PackDocument}), review posters
 * and review reports ({@link TaggedPdf}). openhtmltopdf on PDFBox in its PDF/UA mode, PDF 1.7, Batik for the inline
 * drawings, ICU4J's bidi, line and grapheme breaking, nothing fetched from outside, and HarfBuzz shaping for the
 * scripts that need it (Devanagari, Bengali, Gujarati, Gurmukhi: {@link ShapingTextRenderer}) with the shaped glyphs'
 * letters put back for copying and screen readers. A setting changed here changes every document at once.
 */
final class TaggedLayout {

    private TaggedLayout() {}

    /** A laid-out document: its bytes and how many pages it has. */
    record Laid(byte[] pdf, int pages) {}

    /**
     * Lays {@code html} (XHTML written through {@link PackHtml}) out with these font faces.
     *
     * @param what what is being laid out, for the message if it cannot be ("The evidence pack")
     */
    static Laid lay(String html, List<PackFonts.Face> faces, String what) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PDDocument target = new PDDocument();
        List<TrueTypeFont> opened = new ArrayList<>();
        PdfRendererBuilder builder = new PdfRendererBuilder()
                .usePDDocument(target)
                .usePdfUaAccessibility(true)
                .usePdfVersion(1.7f)
                .useSVGDrawer(new BatikSVGDrawer())
                .useUnicodeBidiSplitter(new ICUBidiSplitter.ICUBidiSplitterFactory())
                .useUnicodeBidiReorderer(new ICUBidiReorderer())
                .defaultTextDirection(BaseRendererBuilder.TextDirection.LTR)
                // Unicode's line breaking and grapheme clusters (ICU4J), so a line never breaks inside an Indic
                // syllable or an emoji, and Chinese breaks between characters.
                .useUnicodeLineBreaker(new ICUBreakers.ICULineBreaker(Locale.UK))
                .useUnicodeCharacterBreaker(new ICUBreakers.ICUCharacterBreaker(Locale.UK))
                // Nothing outside the document is ever fetched: no fonts, images or style sheets from addresses;
                // pictures and QR codes are inline drawings.
                .useExternalResourceAccessControl(
                        (uri, type) -> false, ExternalResourceControlPriority.RUN_BEFORE_RESOLVING_URI)
                .withHtmlContent(html, null)
                .toStream(out);
        Map<PDFont, HarfBuzzFont> shaped = new IdentityHashMap<>();
        try {
            for (PackFonts.Face face : faces) {
                PDType0Font font = load(target, face, opened);
                if (face.shaped()) {
                    shaped.put(font, new HarfBuzzFont(face.file(), font));
                }
                builder.useFont(new PDFontSupplier(font), face.family(), face.weight(), face.style(), true);
            }
            try (PdfBoxRenderer renderer = builder.buildPdfRenderer()) {
                renderer.getSharedContext()
                        .setTextRenderer(new ShapingTextRenderer(renderer.getSharedContext(), shaped));
                renderer.createPDF();
            }
        } catch (IOException e) {
            throw new IllegalStateException(what + " could not be laid out", e);
        } finally {
            closeQuietly(target);
            opened.forEach(TaggedLayout::closeQuietly);
        }
        try (PDDocument pdf = Loader.loadPDF(out.toByteArray())) {
            if (shaped.isEmpty()) {
                return new Laid(out.toByteArray(), pdf.getNumberOfPages());
            }
            // Fonts are cut down to the glyphs used when the document is saved; only then can the letters of the
            // glyphs shaping made be added to each font's ToUnicode map. The shaped runs' ActualText goes into the
            // page content.
            Map<String, Map<Integer, String>> made = new HashMap<>();
            shaped.values()
                    .forEach(face -> made.merge(face.postScriptName(), face.madeGlyphs(), ShapedGlyphText::both));
            boolean changed = ShapedGlyphText.restore(pdf, made);
            changed |= ActualTextSpans.inline(pdf);
            byte[] bytes = out.toByteArray();
            if (changed) {
                ByteArrayOutputStream restored = new ByteArrayOutputStream(bytes.length);
                pdf.save(restored);
                bytes = restored.toByteArray();
            }
            return new Laid(bytes, pdf.getNumberOfPages());
        } catch (IOException e) {
            throw new IllegalStateException(what + " could not be read back", e);
        }
    }

    /**
     * Loads a face into the document, without PDFBox's own substitutions: the scripts that need shaping are shaped by
     * HarfBuzz before they are drawn ({@link ShapingTextRenderer}), and for the others PDFBox would apply Latin
     * ligatures (ﬁ, ﬀ), which read worse in extracted text and cost a third of the time a pack takes.
     */
    private static PDType0Font load(PDDocument target, PackFonts.Face face, List<TrueTypeFont> opened) {
        try {
            TrueTypeFont font = new TTFParser()
                    .parse(new RandomAccessReadBufferedFile(face.file().toFile()));
            opened.add(font);
            font.setEnableGsub(false);
            return PDType0Font.load(target, font, true);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not load the font " + face.file(), e);
        }
    }

    private static void closeQuietly(Closeable closeable) {
        try {
            closeable.close();
        } catch (IOException ignored) {
            // Closing a font or a finished document only releases memory and files.
        }
    }
}
