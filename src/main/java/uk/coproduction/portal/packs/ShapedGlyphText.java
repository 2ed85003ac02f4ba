package uk.coproduction.portal.packs;

import org.apache.fontbox.cmap.CMap;
import org.apache.fontbox.cmap.CMapParser;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.fontbox.ttf.model.GsubData;
import org.apache.fontbox.ttf.model.ScriptFeature;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Gives the glyphs that shaping made their letters back, so the words can be read out of the PDF (by a screen
 * reader, by copying, by pdftotext). PDFBox shapes Devanagari and Bengali with the font's substitution table (GSUB)
 * when it draws them: a conjunct such as क्ष or a reph is one glyph that no character maps to, and PDFBox writes a
 * ToUnicode map only for glyphs the character map names, so those letters would vanish from the text. Here each
 * substituted glyph is traced back through the font's substitutions to the letters it stands for, and the
 * embedded font's ToUnicode map is rewritten with them. PDF/UA asks for the same: every glyph maps to Unicode.
 */
final class ShapedGlyphText {

    /** Per font file: the letters each glyph that substitution makes stands for. */
    private static final Map<Path, Map<Integer, String>> LIGATURES = new ConcurrentHashMap<>();

    private ShapedGlyphText() {
    }

    /** @return whether any font's map was rewritten */
    static boolean restore(PDDocument document, Map<String, Path> filesByPostScriptName) throws IOException {
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
                    Path file = filesByPostScriptName.get(postScriptName(type0.getName()));
                    if (file != null) {
                        changed |= restore(type0, ligatures(file));
                    }
                }
            }
        }
        return changed;
    }

    private static String postScriptName(String baseFont) {
        return baseFont != null && baseFont.length() > 7 && baseFont.charAt(6) == '+' ? baseFont.substring(7) : baseFont;
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

    private static Map<Integer, String> ligatures(Path file) {
        return LIGATURES.computeIfAbsent(file, ShapedGlyphText::read);
    }

    /** Follows every substitution of the font from the glyphs of its characters until nothing new is found. */
    private static Map<Integer, String> read(Path file) {
        try (TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBufferedFile(file.toFile()))) {
            GsubData gsub = font.getGsubData();
            if (gsub == GsubData.NO_DATA_FOUND) {
                return Map.of();
            }
            CmapLookup cmap = font.getUnicodeCmapLookup();
            Map<Integer, String> letters = new HashMap<>();
            Map<Integer, String> made = new HashMap<>();
            for (String name : gsub.getSupportedFeatures()) {
                ScriptFeature feature = gsub.getFeature(name);
                for (List<Integer> source : feature.getAllGlyphIdsForSubstitution()) {
                    for (int gid : source) {
                        letters.computeIfAbsent(gid, g -> {
                            List<Integer> codes = cmap.getCharCodes(g);
                            return codes == null || codes.isEmpty() ? null : Character.toString(codes.getFirst());
                        });
                    }
                }
            }
            letters.values().removeIf(java.util.Objects::isNull);
            boolean more = true;
            while (more) {
                more = false;
                for (String name : gsub.getSupportedFeatures()) {
                    ScriptFeature feature = gsub.getFeature(name);
                    for (List<Integer> source : feature.getAllGlyphIdsForSubstitution()) {
                        Integer target = feature.getReplacementForGlyphs(source);
                        if (target == null || letters.containsKey(target) || made.containsKey(target)) {
                            continue;
                        }
                        StringBuilder text = new StringBuilder();
                        for (int gid : source) {
                            String part = letters.getOrDefault(gid, made.get(gid));
                            if (part == null) {
                                text = null;
                                break;
                            }
                            text.append(part);
                        }
                        if (text != null) {
                            made.put(target, text.toString());
                            more = true;
                        }
                    }
                }
            }
            return Map.copyOf(made);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read the font " + file, e);
        }
    }
}
