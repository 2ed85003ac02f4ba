package uk.coproduction.portal.packs;

import org.apache.fontbox.util.BoundingBox;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDFontDescriptor;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.util.Matrix;
import org.apache.pdfbox.util.Vector;

import java.io.IOException;
import java.io.InputStream;
import java.util.Set;

/**
 * An embedded font addressed by glyph id instead of by character, so that the glyphs shaping chose (a conjunct, a
 * subjoined letter, a reordered vowel sign) can be drawn through the renderer's ordinary text drawing: glyph {@code g}
 * is written as the code point {@code U+F0000 + g} (Supplementary Private Use Area-A, which no resident's words reach:
 * {@link PrintableText} and the fonts' coverage keep it out). It is the same PDF font as the face's (same dictionary,
 * so one resource and one embedded subset); drawing a glyph adds it to that subset.
 */
final class GlyphIdFont extends PDFont {

    static final int FIRST = 0xF0000;
    private static final int LAST = 0xFFFFD;

    private final PDType0Font font;

    GlyphIdFont(PDType0Font font) {
        super(font.getCOSObject());
        this.font = font;
    }

    /** The text that draws these glyphs with this font. */
    static String of(int[] glyphs, int from, int to) {
        StringBuilder text = new StringBuilder((to - from) * 2);
        for (int i = from; i < to; i++) {
            text.appendCodePoint(FIRST + glyphs[i]);
        }
        return text.toString();
    }

    @Override
    protected byte[] encode(int codePoint) {
        return font.encodeGlyphId(glyph(codePoint));
    }

    @Override
    public void addToSubset(int codePoint) {
        font.addGlyphsToSubset(Set.of(glyph(codePoint)));
    }

    private static int glyph(int codePoint) {
        if (codePoint < FIRST || codePoint > LAST) {
            throw new IllegalArgumentException("Not a glyph id: U+" + Integer.toHexString(codePoint));
        }
        return codePoint - FIRST;
    }

    /**
     * Subsets the face's font. A document subsets each font it was drawn with once, and counts this view and the
     * face's font as one (a PDFont is its dictionary): whichever of the two drew first is the one asked.
     */
    @Override
    public void subset() throws IOException {
        font.subset();
    }

    @Override
    public boolean willBeSubset() {
        return font.willBeSubset();
    }

    @Override
    protected float getStandard14Width(int code) {
        throw new UnsupportedOperationException("an embedded font has no standard 14 widths");
    }

    @Override
    public int readCode(InputStream in) throws IOException {
        return font.readCode(in);
    }

    @Override
    public boolean isVertical() {
        return font.isVertical();
    }

    /** The face's name, read from the shared dictionary (PDFont asks for it before this font is fully made). */
    @Override
    public String getName() {
        return getCOSObject().getNameAsString(COSName.BASE_FONT);
    }

    @Override
    public PDFontDescriptor getFontDescriptor() {
        return font.getFontDescriptor();
    }

    @Override
    public Matrix getFontMatrix() {
        return font.getFontMatrix();
    }

    @Override
    public BoundingBox getBoundingBox() throws IOException {
        return font.getBoundingBox();
    }

    @Override
    public Vector getPositionVector(int code) {
        return font.getPositionVector(code);
    }

    @Override
    public float getHeight(int code) throws IOException {
        return font.getHeight(code);
    }

    @Override
    public float getWidth(int code) throws IOException {
        return font.getWidth(code);
    }

    @Override
    public boolean hasExplicitWidth(int code) throws IOException {
        return font.hasExplicitWidth(code);
    }

    @Override
    public float getWidthFromFont(int code) throws IOException {
        return font.getWidthFromFont(code);
    }

    @Override
    public boolean isEmbedded() {
        return font.isEmbedded();
    }

    @Override
    public boolean isDamaged() {
        return font.isDamaged();
    }

    @Override
    public float getAverageFontWidth() {
        return font.getAverageFontWidth();
    }
}
