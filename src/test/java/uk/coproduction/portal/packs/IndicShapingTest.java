package uk.coproduction.portal.packs;

import org.assertj.core.data.Offset;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithMockUser;
import uk.coproduction.portal.PortalTest;
import uk.coproduction.portal.base.calendar.Quarter;
import uk.coproduction.portal.base.security.Roles;
import uk.coproduction.portal.reporting.EvidenceFixtures;
import uk.coproduction.portal.security.TestAccounts;

import java.awt.Font;
import java.awt.font.FontRenderContext;
import java.awt.font.GlyphVector;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 24, the last gap of "every script a resident may write prints correctly": Nepali, Hindi, Bengali and
 * Punjabi words are shaped (conjuncts, subjoined letters, pre-base vowel signs, marks placed), laid out at the width
 * they are drawn at, and read back from the PDF in the order they were written, beside Arabic, Chinese, Polish and
 * emoji quotes in the same pack.
 */
@PortalTest
class IndicShapingTest {

    static final String NEPALI = "म कार्यक्रममा सहभागी हुन चाहन्छु, क्षमता";
    static final String HINDI = "मुझे किताबें पसंद हैं, धन्यवाद";
    static final String BENGALI = "আমি স্কুলে যেতে চাই, ক্ষমা";
    static final String PUNJABI = "ਮੈਨੂੰ ਪ੍ਰੋਗਰਾਮ ਪਸੰਦ ਹੈ, ਕਿਤਾਬ";
    static final String ARABIC = "الخدمة كانت ممتازة";
    static final String CHINESE = "工作人员很友好，谢谢你们";
    static final String POLISH = "Zażółć gęślą jaźń";
    static final String EMOJI = "👎👎👎 I ❤️ the club 😀👍";

    /** A pack prints five quotes. */
    static final List<String> QUOTES =
            List.of(NEPALI + " · " + HINDI, BENGALI, PUNJABI, ARABIC + " · " + CHINESE, POLISH + " · " + EMOJI);

    @Autowired
    EvidencePacks packs;

    @Autowired
    EvidenceFixtures fixtures;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TestAccounts accounts;

    private final Quarter now = Quarter.of(LocalDate.now());
    private String service;

    @BeforeEach
    void aServiceWithQuotesInIndicScripts() {
        accounts.ensureStandardAccounts();
        service = fixtures.newService();
        String when = now.start() + " 00:00:01";
        for (String quote : QUOTES) {
            long id = fixtures.feedback(
                    service, "EAST_KENT", "YOUNG_PERSON", "AGE_16_18", "ONLINE", when, false, Map.of());
            jdbc.update("""
                    update feedback set comment = ?, quote_text = ?, quote_proposed_by = 'test.proposer',
                        quote_words = 'PERSON', quote_approved_by = 'test', quote_approved_at = now() where id = ?""", quote, quote, id);
        }
    }

    @Test
    @WithMockUser(username = TestAccounts.CHILDRENS_COMMISSIONER, roles = Roles.COMMISSIONER)
    void everyWordReadsBackAsWrittenFromPdftotextAndPdfbox() throws Exception {
        byte[] pdf = pack("indic-pack.pdf");

        String poppler = PackScriptsTest.pdftotext(Path.of("target", "packs", "indic-pack.pdf"));
        String pdfbox;
        try (PackReader reader = new PackReader(pdf)) {
            pdfbox = reader.text();
        }
        for (String quote : List.of(NEPALI, HINDI, BENGALI, PUNJABI, CHINESE, POLISH)) {
            for (String word : quote.split(" ")) {
                assertThat(poppler)
                        .as("pdftotext reads the word %s of \"%s\"", word, quote)
                        .contains(word);
            }
            // PDFBox reads the same letters in the same order; where it puts spaces is its own guess from the glyphs'
            // positions, which a word's ActualText (given to its first glyph only) throws off (चाहन्छु ,).
            assertThat(pdfbox.replaceAll("\\s", ""))
                    .as("PDFBox reads \"%s\" in the order written", quote)
                    .contains(quote.replaceAll("\\s", ""));
        }
        // Whole quotes, in the order they were written (a line is never broken inside them).
        assertThat(poppler).contains(NEPALI, HINDI, BENGALI, PUNJABI, CHINESE, POLISH, "👎👎👎 I ❤ the club 😀👍");
        // Right to left (joined by ICU4J, as before): drawn as Arabic presentation forms, which fold back to the
        // letters
        // written; the words read in the order written.
        assertThat(Normalizer.normalize(poppler, Normalizer.Form.NFKC)).contains(ARABIC);
        try (PackReader reader = new PackReader(pdf)) {
            assertThat(reader.missingGlyphs())
                    .as("glyphs drawn as the empty box")
                    .isZero();
        }
        // Every glyph drawn maps to Unicode and the ActualText spans sit inside tagged content: still PDF/UA-1.
        assertThat(PackStructureTest.pdfUaFailures(pdf))
                .as("PDF/UA-1 rules broken")
                .isEmpty();
    }

    /**
     * ਪ੍ਰ in ਪ੍ਰੋਗਰਾਮ is ਪ with a subjoined ਰ: the glyphs drawn are the ones HarfBuzz chooses for the word, and never the
     * virama's glyph followed by ਰ's full glyph.
     */
    @Test
    @WithMockUser(username = TestAccounts.CHILDRENS_COMMISSIONER, roles = Roles.COMMISSIONER)
    void punjabiSubjoinedLettersAreDrawnAsOneGlyphAsHarfBuzzShapesThem() throws Exception {
        byte[] pdf = pack("indic-pack.pdf");
        Path file = gurmukhiFont();
        int[] harfBuzz = shaped(file, "ਪ੍ਰੋਗਰਾਮ");
        int virama = shaped(file, "\u0A4D")[0];
        int ra = shaped(file, "ਰ")[0];

        List<int[]> drawn = wordsOnTheLineOf(pdf, "Gurmukhi").stream()
                .filter(word -> word.in("Gurmukhi"))
                .map(word -> word.codes("Gurmukhi"))
                .toList();
        assertThat(drawn)
                .as("the glyphs drawn for the Punjabi words")
                .anySatisfy(word -> assertThat(word).containsExactly(harfBuzz));
        for (int[] word : drawn) {
            for (int i = 0; i + 1 < word.length; i++) {
                assertThat(word[i] == virama && word[i + 1] == ra)
                        .as("virama + ਰ drawn in %s", Arrays.toString(word))
                        .isFalse();
            }
        }
    }

    /** A word with conjuncts is laid out at the width it is drawn at: the gap after it is one space, as after any word. */
    @Test
    @WithMockUser(username = TestAccounts.CHILDRENS_COMMISSIONER, roles = Roles.COMMISSIONER)
    void theGapAfterAWordWithAConjunctIsOneSpace() throws Exception {
        byte[] pdf = pack("indic-pack.pdf");

        for (String script : List.of("Devanagari", "Bengali", "Gurmukhi")) {
            List<Word> words = wordsOnTheLineOf(pdf, script);
            assertThat(words.stream().filter(word -> word.in(script)))
                    .as("%s words on the quote's line", script)
                    .hasSizeGreaterThan(3);
            for (int i = 0; i + 1 < words.size(); i++) {
                Word word = words.get(i);
                if (word.in(script)) {
                    assertThat(words.get(i + 1).start() - word.end())
                            .as(
                                    "the gap after the %s word %s (a space is %.2f pt)",
                                    script, Arrays.toString(word.codes(script)), word.spaceAfter())
                            .isCloseTo(word.spaceAfter(), Offset.offset(0.3f));
                }
            }
        }
    }

    private byte[] pack(String name) throws IOException {
        EvidencePack pack = packs.make(PackRequest.forService(service, now));
        Path file = Path.of("target", "packs", name);
        Files.createDirectories(file.getParent());
        Files.write(file, pack.pdf());
        return pack.pdf();
    }

    static Path gurmukhiFont() {
        return PackFonts.in(PackFonts.DEBIAN_DIRECTORIES).faces().stream()
                .filter(face -> face.family().equals("Noto Sans Gurmukhi") && face.weight() == 400)
                .findFirst()
                .orElseThrow()
                .file();
    }

    /** The glyphs the JDK's HarfBuzz gives for the words. */
    static int[] shaped(Path file, String words) throws Exception {
        Font font = Font.createFont(Font.TRUETYPE_FONT, file.toFile()).deriveFont(1000f);
        char[] chars = words.toCharArray();
        GlyphVector glyphs = font.layoutGlyphVector(
                new FontRenderContext(null, false, true), chars, 0, chars.length, Font.LAYOUT_LEFT_TO_RIGHT);
        return Arrays.stream(glyphs.getGlyphCodes(0, glyphs.getNumGlyphs(), null))
                .filter(g -> g < 0xFFFE)
                .toArray();
    }

    /** One glyph drawn: its font, its code (for these fonts the glyph id), where it starts, how far it moves the pen. */
    record Glyph(int page, String font, int code, float x, float y, float advance, boolean space) {}

    /** The glyphs between two spaces, and the width of the space after them (0 at the end of the line). */
    record Word(List<Glyph> glyphs, float spaceAfter) {
        boolean in(String script) {
            return glyphs.stream().anyMatch(g -> g.font().contains(script));
        }

        int[] codes(String script) {
            return glyphs.stream()
                    .filter(g -> g.font().contains(script))
                    .mapToInt(Glyph::code)
                    .toArray();
        }

        float start() {
            return (float) glyphs.stream().mapToDouble(Glyph::x).min().orElseThrow();
        }

        float end() {
            return (float)
                    glyphs.stream().mapToDouble(g -> g.x() + g.advance()).max().orElseThrow();
        }
    }

    /** The words (glyphs between spaces, as drawn) of the first line that has glyphs of a font named for the script. */
    static List<Word> wordsOnTheLineOf(byte[] pdf, String script) throws IOException {
        List<Glyph> glyphs = new ArrayList<>();
        try (PackReader reader = new PackReader(pdf)) {
            reader.glyphs((page, font, code, trm, displacement) -> glyphs.add(new Glyph(
                    page,
                    font.getName(),
                    code,
                    trm.getTranslateX(),
                    trm.getTranslateY(),
                    displacement.getX() * trm.getScalingFactorX(),
                    " ".equals(font.toUnicode(code)))));
        }
        Glyph first = glyphs.stream()
                .filter(g -> g.font().contains(script))
                .findFirst()
                .orElseThrow();
        List<Glyph> line = glyphs.stream()
                .filter(g -> g.page() == first.page() && Math.abs(g.y() - first.y()) < 4f)
                .toList();
        List<Word> words = new ArrayList<>();
        List<Glyph> word = new ArrayList<>();
        for (Glyph glyph : line) {
            if (glyph.space()) {
                if (!word.isEmpty()) {
                    words.add(new Word(word, glyph.advance()));
                }
                word = new ArrayList<>();
            } else {
                word.add(glyph);
            }
        }
        if (!word.isEmpty()) {
            words.add(new Word(word, 0));
        }
        return words;
    }
}
