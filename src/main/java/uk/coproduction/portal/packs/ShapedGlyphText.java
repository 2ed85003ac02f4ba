package uk.coproduction.portal.packs;

import org.apache.fontbox.cmap.CMap;
import org.apache.fontbox.cmap.CMapParser;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Gives the glyphs that shaping made their letters in each embedded font's ToUnicode map. A conjunct such as क्ष, a
 * reph or Punjabi's subjoined ਰ is a glyph no character maps to, and PDFBox writes a ToUnicode map only for glyphs the
 * font's character map names; PDF/UA asks that every glyph drawn map to Unicode. The words themselves are read from
 * the ActualText each shaped run carries ({@link ShapingTextRenderer}); this map is what a reader falls back on.
 */
final class ShapedGlyphText {

    private ShapedGlyphText() {}

    /** Both fonts' letters (a face embedded twice: regular text and a fallback for the same family). */
    static Map<Integer, String> both(Map<Integer, String> one, Map<Integer, String> other) {
        Map<Integer, String> both = new HashMap<>(other);
        both.putAll(one);
        return both;
    }

    /**
     * @param made per font (by PostScript name), the letters of each glyph id shaping drew
     * @return whether any font's map was rewritten
     */
    static boolean restore(PDDocument document, Map<String, Map<Integer, String>> made) throws IOException {
        Set<PDType0Font> seen = new HashSet<>();
        boolean changed = false;
        for (PDPage page : document.getPages()) {
            PDResources resources = page.getResources();
            if (resources == null) {
                continue;
            }
            for (COSName name : resources.getFontNames()) {
                PDFont font = resources.getFont(name);
                if (font instanceof PDType0Font type0 && seen.add(type0)) {
                    Map<Integer, String> letters = made.get(postScriptName(type0.getName()));
                    if (letters != null) {
                        changed |= restore(type0, letters);
                    }
                }
            }
        }
        return changed;
    }

    private static String postScriptName(String baseFont) {
        return baseFont != null && baseFont.length() > 7 && baseFont.charAt(6) == '+'
                ? baseFont.substring(7)
                : baseFont;
    }

    /** Adds the substituted glyphs the content uses to the font's ToUnicode map. */
    private static boolean restore(PDType0Font font, Map<Integer, String> ligatures) throws IOException {
        if (ligatures.isEmpty()) {
            return false;
        }
        COSStream cidToGid = font.getDescendantFont().getCOSObject().getCOSStream(COSName.CID_TO_GID_MAP);
        if (cidToGid == null) {
            return false;
        }
        byte[] map;
        try (InputStream in = cidToGid.createInputStream()) {
            map = in.readAllBytes();
        }
        COSStream current = font.getCOSObject().getCOSStream(COSName.TO_UNICODE);
        CMap existing = null;
        if (current != null) {
            try (InputStream in = current.createInputStream()) {
                existing = new CMapParser().parse(new RandomAccessReadBuffer(in.readAllBytes()));
            }
        }
        Map<Integer, String> unicode = new TreeMap<>();
        boolean added = false;
        for (int cid = 0; cid * 2 + 1 < map.length; cid++) {
            int gid = (map[cid * 2] & 0xFF) << 8 | map[cid * 2 + 1] & 0xFF;
            if (gid == 0 && cid != 0) {
                continue;
            }
            String known = existing == null ? null : existing.toUnicode(cid);
            if (known != null) {
                unicode.put(cid, known);
            } else if (ligatures.containsKey(cid)) {
                unicode.put(cid, ligatures.get(cid));
                added = true;
            }
        }
        if (!added) {
            return false;
        }
        COSStream stream = new COSStream();
        try (OutputStream out = stream.createOutputStream(COSName.FLATE_DECODE)) {
            out.write(cmap(unicode).getBytes(StandardCharsets.US_ASCII));
        }
        font.getCOSObject().setItem(COSName.TO_UNICODE, stream);
        return true;
    }

    private static String cmap(Map<Integer, String> unicode) {
        StringBuilder cmap = new StringBuilder("""
                /CIDInit /ProcSet findresource begin
                12 dict begin
                begincmap
                /CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def
                /CMapName /Adobe-Identity-UCS def
                /CMapType 2 def
                1 begincodespacerange
                <0000> <FFFF>
                endcodespacerange
                """);
        List<Map.Entry<Integer, String>> entries = List.copyOf(unicode.entrySet());
        for (int from = 0; from < entries.size(); from += 100) {
            List<Map.Entry<Integer, String>> chunk = entries.subList(from, Math.min(from + 100, entries.size()));
            cmap.append(chunk.size()).append(" beginbfchar\n");
            for (Map.Entry<Integer, String> entry : chunk) {
                cmap.append("<%04X> <".formatted(entry.getKey()));
                for (char c : entry.getValue().toCharArray()) {
                    cmap.append("%04X".formatted((int) c));
                }
                cmap.append(">\n");
            }
            cmap.append("endbfchar\n");
        }
        cmap.append("endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n");
        return cmap.toString();
    }
}
