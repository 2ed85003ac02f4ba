package uk.coproduction.portal.packs;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The fonts a pack embeds, one family per script residents write, in the order the PDF tries them for each
 * character: Noto Sans (Latin, Greek, Cyrillic), Noto Sans Arabic, Hebrew, Devanagari (Nepali, Hindi), Gurmukhi
 * (Punjabi) and Bengali, Droid Sans Fallback (Chinese, Japanese, Korean), Noto Sans Symbols and Symbols 2, and
 * Symbola (monochrome emoji: colour emoji fonts are bitmaps, which a PDF cannot embed as outlines). All are licensed
 * for embedding (OFL, Apache-2.0; Symbola is free for any use) and come from Debian packages (decision 0034), found
 * by file name under the configured directories. Noto Sans is required; a missing script font is logged, and its
 * characters then print as the marker.
 */
final class PackFonts {

    private static final Logger log = LoggerFactory.getLogger(PackFonts.class);

    /** The Debian font folders: fonts-noto-core, fonts-droid-fallback, fonts-symbola install there. */
    static final List<Path> DEBIAN_DIRECTORIES = List.of(
            Path.of("/usr/share/fonts/truetype"),
            Path.of("/usr/share/fonts/opentype"),
            Path.of("/usr/local/share/fonts"));

    /**
     * One file of a family: its weight and style.
     *
     * @param shaped whether its script is shaped by HarfBuzz before it is drawn (Devanagari, Bengali, Gurmukhi)
     */
    record Face(String family, Path file, int weight, FontStyle style, boolean shaped) {}

    private static final Set<String> SHAPED = Set.of("Noto Sans Devanagari", "Noto Sans Bengali", "Noto Sans Gurmukhi");

    private record Wanted(
            String family,
            String packageName,
            boolean required,
            List<String> regular,
            String bold,
            String italic,
            String boldItalic) {}

    private static final List<Wanted> FAMILIES = List.of(
            new Wanted(
                    "Noto Sans",
                    "fonts-noto-core",
                    true,
                    List.of("NotoSans-Regular.ttf"),
                    "NotoSans-Bold.ttf",
                    "NotoSans-Italic.ttf",
                    "NotoSans-BoldItalic.ttf"),
            new Wanted(
                    "Noto Sans Arabic",
                    "fonts-noto-core",
                    false,
                    List.of("NotoSansArabic-Regular.ttf"),
                    "NotoSansArabic-Bold.ttf",
                    null,
                    null),
            new Wanted(
                    "Noto Sans Hebrew",
                    "fonts-noto-core",
                    false,
                    List.of("NotoSansHebrew-Regular.ttf"),
                    "NotoSansHebrew-Bold.ttf",
                    null,
                    null),
            new Wanted(
                    "Noto Sans Devanagari",
                    "fonts-noto-core",
                    false,
                    List.of("NotoSansDevanagari-Regular.ttf"),
                    "NotoSansDevanagari-Bold.ttf",
                    null,
                    null),
            new Wanted(
                    "Noto Sans Gurmukhi",
                    "fonts-noto-core",
                    false,
                    List.of("NotoSansGurmukhi-Regular.ttf"),
                    "NotoSansGurmukhi-Bold.ttf",
                    null,
                    null),
            new Wanted(
                    "Noto Sans Bengali",
                    "fonts-noto-core",
                    false,
                    List.of("NotoSansBengali-Regular.ttf"),
                    "NotoSansBengali-Bold.ttf",
                    null,
                    null),
            new Wanted(
                    "Droid Sans Fallback",
                    "fonts-droid-fallback",
                    false,
                    List.of("DroidSansFallbackFull.ttf", "DroidSansFallback.ttf"),
                    null,
                    null,
                    null),
            new Wanted(
                    "Noto Sans Symbols",
                    "fonts-noto-core",
                    false,
                    List.of("NotoSansSymbols-Regular.ttf"),
                    "NotoSansSymbols-Bold.ttf",
                    null,
                    null),
            new Wanted(
                    "Noto Sans Symbols 2",
                    "fonts-noto-core",
                    false,
                    List.of("NotoSansSymbols2-Regular.ttf"),
                    null,
                    null,
                    null),
            new Wanted(
                    "Symbola", "fonts-symbola", false, List.of("Symbola_hint.ttf", "Symbola.ttf"), null, null, null));

    private static final Map<List<Path>, PackFonts> FOUND = new HashMap<>();

    private final List<Face> faces;
    private final List<String> families;
    private final List<CmapLookup> coverage;

    private PackFonts(List<Face> faces, List<String> families, List<CmapLookup> coverage) {
        this.faces = faces;
        this.families = families;
        this.coverage = coverage;
    }

    /**
     * The fonts under these directories (searched a few levels deep), read once per set of directories.
     *
     * @throws IllegalStateException when Noto Sans is not there, naming the package and the setting
     */
    static synchronized PackFonts in(List<Path> directories) {
        return FOUND.computeIfAbsent(List.copyOf(directories), PackFonts::find);
    }

    private static PackFonts find(List<Path> directories) {
        Map<String, Path> files = filesUnder(directories);
        List<Face> faces = new ArrayList<>();
        List<String> families = new ArrayList<>();
        List<CmapLookup> coverage = new ArrayList<>();
        for (Wanted wanted : FAMILIES) {
            Optional<Path> regular = wanted.regular().stream()
                    .map(files::get)
                    .filter(p -> p != null)
                    .findFirst();
            if (regular.isEmpty()) {
                String message =
                        "The font %s (%s, Debian package %s) is not in %s (setting portal.packs.font-directories)"
                                .formatted(
                                        wanted.family(),
                                        wanted.regular().getFirst(),
                                        wanted.packageName(),
                                        directories);
                if (wanted.required()) {
                    throw new IllegalStateException("Evidence packs cannot be printed: " + message);
                }
                log.warn("{}; packs print its script's characters as a marker", message);
                continue;
            }
            families.add(wanted.family());
            coverage.add(characters(regular.get()));
            faces.add(
                    new Face(wanted.family(), regular.get(), 400, FontStyle.NORMAL, SHAPED.contains(wanted.family())));
            face(files, wanted.family(), wanted.bold(), 700, FontStyle.NORMAL).ifPresent(faces::add);
            face(files, wanted.family(), wanted.italic(), 400, FontStyle.ITALIC).ifPresent(faces::add);
            face(files, wanted.family(), wanted.boldItalic(), 700, FontStyle.ITALIC)
                    .ifPresent(faces::add);
        }
        return new PackFonts(List.copyOf(faces), List.copyOf(families), List.copyOf(coverage));
    }

    private static Optional<Face> face(
            Map<String, Path> files, String family, String name, int weight, FontStyle style) {
        return Optional.ofNullable(name)
                .map(files::get)
                .map(file -> new Face(family, file, weight, style, SHAPED.contains(family)));
    }

    private static Map<String, Path> filesUnder(List<Path> directories) {
        Map<String, Path> files = new LinkedHashMap<>();
        for (Path directory : directories) {
            if (!Files.isDirectory(directory)) {
                continue;
            }
            try (Stream<Path> found = Files.walk(directory, 4)) {
                found.filter(Files::isRegularFile)
                        .forEach(file -> files.putIfAbsent(file.getFileName().toString(), file));
            } catch (IOException e) {
                throw new UncheckedIOException("Could not list the fonts in " + directory, e);
            }
        }
        return files;
    }

    /**
     * The font's Unicode character map. Its table is read in whole when asked for, so it answers without the file
     * and may be shared between threads (lookups only read).
     */
    private static CmapLookup characters(Path file) {
        try (TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBufferedFile(file.toFile()))) {
            return font.getUnicodeCmapLookup();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read the font " + file, e);
        }
    }

    /** Every face to embed. */
    List<Face> faces() {
        return faces;
    }

    /** The faces of these families only. */
    List<Face> faces(Collection<String> of) {
        return faces.stream().filter(face -> of.contains(face.family())).toList();
    }

    /** These families, in the order they are tried. */
    List<String> families(Collection<String> of) {
        return families.stream().filter(of::contains).toList();
    }

    /** The families in the order they are tried for each character. */
    List<String> families() {
        return families;
    }

    /** Whether some family has a glyph for this character. */
    boolean draws(int codePoint) {
        for (CmapLookup drawn : coverage) {
            if (drawn.getGlyphId(codePoint) > 0) {
                return true;
            }
        }
        return false;
    }

    /** The first family with a glyph for this character, if any. */
    Optional<String> familyFor(int codePoint) {
        for (int i = 0; i < families.size(); i++) {
            if (coverage.get(i).getGlyphId(codePoint) > 0) {
                return Optional.of(families.get(i));
            }
        }
        return Optional.empty();
    }
}
