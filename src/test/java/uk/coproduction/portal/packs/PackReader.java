package uk.coproduction.portal.packs;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.markedcontent.PDMarkedContent;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.interactive.action.PDAction;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionGoTo;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFMarkedContentExtractor;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.apache.pdfbox.util.Matrix;
import org.apache.pdfbox.util.Vector;

import javax.imageio.ImageIO;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Reads a pack back as a person (or a screen reader) would: its text, page by page, and its pages as grey images. */
final class PackReader implements AutoCloseable {

    private final PDDocument document;

    PackReader(byte[] pdf) throws IOException {
        this.document = Loader.loadPDF(pdf);
    }

    int pages() {
        return document.getNumberOfPages();
    }

    String title() {
        return document.getDocumentInformation().getTitle();
    }

    boolean hasBookmarks() {
        return document.getDocumentCatalog().getDocumentOutline() != null
                && document.getDocumentCatalog().getDocumentOutline().getFirstChild() != null;
    }

    String language() {
        return document.getDocumentCatalog().getLanguage();
    }

    /** The text in the order it is written (each table row's cells together). */
    String text() throws IOException {
        return normalise(new PDFTextStripper().getText(document));
    }

    String page(int number) throws IOException {
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setStartPage(number);
        stripper.setEndPage(number);
        return normalise(stripper.getText(document));
    }

    /** The last page with this heading on it: where a closing section (after the contents list) begins. */
    int lastPageWith(String heading) throws IOException {
        for (int page = pages(); page > 1; page--) {
            if (page(page).contains(heading)) {
                return page;
            }
        }
        return 1;
    }

    /** The text from the last place this heading appears to the end (e.g. the Easy Read summary, over its pages). */
    String textFrom(String heading) throws IOException {
        String text = text();
        return text.substring(Math.max(0, text.lastIndexOf(heading)));
    }

    /** The sizes of the text on a page, leaving out the footer (the bottom 70 points). */
    List<Float> fontSizes(int number) throws IOException {
        List<Float> sizes = new ArrayList<>();
        float height = document.getPage(number - 1).getMediaBox().getHeight();
        PDFTextStripper stripper = new PDFTextStripper() {
            @Override
            protected void writeString(String text, List<TextPosition> positions) throws IOException {
                for (TextPosition position : positions) {
                    if (position.getYDirAdj() < height - 70
                            && !position.getUnicode().isBlank()) {
                        sizes.add(position.getFontSizeInPt());
                    }
                }
                super.writeString(text, positions);
            }
        };
        stripper.setStartPage(number);
        stripper.setEndPage(number);
        stripper.getText(document);
        return sizes;
    }

    /** What one glyph drawn is: its font, its code, where it is drawn and how far it moves the pen. */
    @FunctionalInterface
    interface GlyphDrawn {
        void glyph(int page, PDFont font, int code, Matrix textRendering, Vector displacement) throws IOException;
    }

    /** Every glyph of the document in the order its pages draw them. */
    void glyphs(GlyphDrawn seen) throws IOException {
        PDFTextStripper stripper = new PDFTextStripper() {
            @Override
            protected void showGlyph(Matrix textRendering, PDFont font, int code, Vector displacement)
                    throws IOException {
                seen.glyph(getCurrentPageNo(), font, code, textRendering, displacement);
                super.showGlyph(textRendering, font, code, displacement);
            }
        };
        stripper.getText(document);
    }

    /** Renders a page in grey scale, as it would print in black and white. */
    Path png(int number, Path file) throws IOException {
        Files.createDirectories(file.getParent());
        ImageIO.write(
                new PDFRenderer(document).renderImageWithDPI(number - 1, 110, ImageType.GRAY), "png", file.toFile());
        return file;
    }

    /**
     * Every action in the document that does more than move to a page of it: JavaScript (document-level, opening,
     * on a page or a link), launching a program, submitting a form, importing data, opening an address.
     */
    List<String> scriptsAndActions() throws IOException {
        List<String> found = new ArrayList<>();
        var catalog = document.getDocumentCatalog();
        if (catalog.getNames() != null && catalog.getNames().getJavaScript() != null) {
            found.add("document JavaScript");
        }
        if (catalog.getOpenAction() instanceof PDAction action) {
            found.add("open action " + action.getSubType());
        }
        if (catalog.getActions() != null && catalog.getActions().getCOSObject().size() > 0) {
            found.add("document actions");
        }
        if (catalog.getAcroForm() != null) {
            found.add("a form");
        }
        int number = 0;
        for (var page : document.getPages()) {
            number++;
            if (page.getActions() != null && page.getActions().getCOSObject().size() > 0) {
                found.add("page " + number + " actions");
            }
            for (var annotation : page.getAnnotations()) {
                if (annotation instanceof PDAnnotationLink link
                        && link.getAction() != null
                        && !(link.getAction() instanceof PDActionGoTo)) {
                    found.add("page " + number + " link " + link.getAction().getSubType());
                }
            }
        }
        return found;
    }

    /** Every element of the structure tree, in reading order, as "Type" or "Type Alt=…"; empty when untagged. */
    List<String> structure() {
        List<String> elements = new ArrayList<>();
        var root = document.getDocumentCatalog().getStructureTreeRoot();
        if (root != null) {
            walk(root.getKids(), elements);
        }
        return elements;
    }

    private static void walk(List<Object> kids, List<String> elements) {
        for (Object kid : kids) {
            if (kid instanceof PDStructureElement element) {
                StringBuilder line = new StringBuilder(element.getStructureType());
                var revisions = element.getAttributes();
                for (int i = 0; i < revisions.size(); i++) {
                    var scope = revisions.getObject(i).getCOSObject().getNameAsString("Scope");
                    if (scope != null) {
                        line.append(" Scope=").append(scope);
                    }
                }
                if (element.getAlternateDescription() != null) {
                    line.append(" Alt=").append(element.getAlternateDescription());
                }
                elements.add(line.toString());
                walk(element.getKids(), elements);
            }
        }
    }

    /** Whether viewers are asked to show the document's title instead of its file name. */
    boolean displaysTitle() {
        var preferences = document.getDocumentCatalog().getViewerPreferences();
        return preferences != null && preferences.displayDocTitle();
    }

    /** The XMP metadata as text. */
    String xmp() throws IOException {
        var metadata = document.getDocumentCatalog().getMetadata();
        return metadata == null ? "" : new String(metadata.toByteArray(), StandardCharsets.UTF_8);
    }

    /** The text a page marks as an artifact (page furniture that screen readers skip). */
    String artifacts(int number) throws IOException {
        var extractor = new PDFMarkedContentExtractor();
        extractor.processPage(document.getPage(number - 1));
        StringBuilder text = new StringBuilder();
        for (var content : extractor.getMarkedContents()) {
            collectArtifacts(content, false, text);
        }
        return normalise(text.toString());
    }

    private static void collectArtifacts(PDMarkedContent content, boolean inArtifact, StringBuilder text) {
        boolean artifact = inArtifact || "Artifact".equals(content.getTag());
        for (Object part : content.getContents()) {
            if (part instanceof TextPosition position && artifact) {
                text.append(position.getUnicode());
            } else if (part instanceof PDMarkedContent inner) {
                collectArtifacts(inner, artifact, text);
            }
        }
        text.append(' ');
    }

    /**
     * How many glyphs are drawn as the font's "missing glyph" (glyph 0, the empty box a reader sees for a character
     * the font lacks).
     */
    int missingGlyphs() throws IOException {
        int[] missing = {0};
        glyphs((page, font, code, textRendering, displacement) -> {
            if (font instanceof PDType0Font type0 && type0.codeToGID(code) == 0) {
                missing[0]++;
            }
        });
        return missing[0];
    }

    private static String normalise(String text) {
        return text.replaceAll("\\s+", " ");
    }

    @Override
    public void close() throws IOException {
        document.close();
    }
}
