package uk.coproduction.portal.packs;

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

import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 24, finding 1: residents' words in every script they write reach the printed pack. Five approved quotes
 * (a pack prints five) in Nepali, Hindi, Arabic, Hebrew, Chinese, Punjabi, Polish, Bengali, Greek, Ukrainian and
 * emoji; each character must be in the text read back from the PDF, by PDFBox and by poppler's pdftotext (what
 * issue 24 used), and the page is saved as a PNG to look at.
 */
@PortalTest
class PackScriptsTest {

    static final List<String> QUOTES = List.of(
            "हामीलाई यो सेवा राम्रो लाग्यो। कर्मचारी बहुत अच्छे थे, धन्यवाद क्षमा",
            "الخدمة كانت ممتازة وشكرا — שירות טוב מאוד",
            "工作人员很友好，谢谢你们 ਸਟਾਫ਼ ਬਹੁਤ ਚੰਗਾ ਸੀ ਕਿਰਪਾ",
            "Zażółć gęślą jaźń · কর্মীরা খুব ভালো ছিল · Ευχαριστώ πολύ · Дякую, все добре",
            "👎👎👎 I ❤️ the club 😀👍");

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
    void aServiceWithQuotesInManyScripts() {
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
    void commissionerMakesAPackAndEveryResidentsWordsPrintInEveryScript() throws Exception {
        EvidencePack pack = packs.make(PackRequest.forService(service, now));

        Path pdfFile = Path.of("target", "packs", "scripts-pack.pdf");
        Files.createDirectories(pdfFile.getParent());
        Files.write(pdfFile, pack.pdf());
        String pdfbox;
        try (PackReader pdf = new PackReader(pack.pdf())) {
            pdfbox = pdf.text();
            int quotesPage = 1;
            while (quotesPage < pdf.pages() && !pdf.page(quotesPage).contains("Up to five recent quotes")) {
                quotesPage++;
            }
            pdf.png(quotesPage, Path.of("target", "packs", "scripts-pack-quotes.png"));
        }
        String poppler = pdftotext(pdfFile);
        for (String quote : QUOTES) {
            assertThat(missing(quote, pdfbox))
                    .as("characters of %s missing in PDFBox's text", quote)
                    .isEmpty();
            assertThat(missing(quote, poppler))
                    .as("characters of %s missing in pdftotext's text", quote)
                    .isEmpty();
        }
        // Left-to-right words keep their order too (the right-to-left ones are checked character by character).
        assertThat(poppler)
                .contains(
                        "👎👎👎",
                        "I ❤",
                        "the club 😀👍",
                        "Zażółć gęślą jaźń",
                        "工作人员很友好，谢谢你们",
                        "Ευχαριστώ πολύ",
                        "Дякую, все добре");
        assertThat(poppler).doesNotContain("\u201C\u201D", "I the club", PrintedText.MARKER, "could not be printed");
        try (PackReader pdf = new PackReader(pack.pdf())) {
            assertThat(pdf.missingGlyphs()).as("glyphs drawn as the empty box").isZero();
        }
    }

    /**
     * A character no embedded font has (an Egyptian hieroglyph) prints as the visible marker and is counted at the
     * end of the pack; zero-width joiners and variation selectors never print as a box, and a family emoji joined by
     * ZWJ prints as its people.
     */
    @Test
    @WithMockUser(username = TestAccounts.CHILDRENS_COMMISSIONER, roles = Roles.COMMISSIONER)
    void aCharacterNoFontHasPrintsAsAMarkerAndIsCountedAndJoinersNeverPrintAsBoxes() throws Exception {
        jdbc.update(
                "update feedback set quote_text = ? where quote_text = ?",
                "Family \uD83D\uDC68\u200D\uD83D\uDC69\u200D\uD83D\uDC67 day \uD80C\uDC00 \u2764\uFE0F end",
                QUOTES.get(4));

        EvidencePack pack = packs.make(PackRequest.forService(service, now));

        try (PackReader pdf = new PackReader(pack.pdf())) {
            String text = pdf.text();
            assertThat(text)
                    .contains(
                            "Family \uD83D\uDC68\uD83D\uDC69\uD83D\uDC67 day " + PrintedText.MARKER + " \u2764 end",
                            "1 character in this pack could not be printed with its fonts: each is shown as "
                                    + PrintedText.MARKER);
            assertThat(text).doesNotContain("\u200D", "\uFE0F");
            assertThat(pdf.missingGlyphs()).as("glyphs drawn as the empty box").isZero();
        }
    }

    /**
     * The characters of the quote a reader sees (letters, marks, digits, punctuation, symbols) that are not in the
     * text read back. Format characters (joiners) and variation selectors print nothing, so they are not asked for;
     * Arabic comes back as presentation forms from some readers and a split Bengali vowel (ো) as its two parts in
     * the order they are drawn, so both sides are compared decomposed.
     */
    static List<String> missing(String quote, String text) {
        String read = Normalizer.normalize(text, Normalizer.Form.NFKD);
        return Normalizer.normalize(quote, Normalizer.Form.NFKD)
                .codePoints()
                .filter(c -> !Character.isWhitespace(c)
                        && Character.getType(c) != Character.FORMAT
                        && !(c >= 0xFE00 && c <= 0xFE0F))
                .filter(c -> read.indexOf(c) < 0)
                .mapToObj(Character::toString)
                .distinct()
                .toList();
    }

    static String pdftotext(Path pdf) throws Exception {
        Path out = Files.createTempFile("pack-text", ".txt");
        Process process = new ProcessBuilder("pdftotext", "-layout", "-enc", "UTF-8", pdf.toString(), out.toString())
                .redirectErrorStream(true)
                .start();
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue())
                .as(new String(process.getInputStream().readAllBytes()))
                .isZero();
        String text = Files.readString(out);
        Files.delete(out);
        return text;
    }
}
