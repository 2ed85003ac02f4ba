package uk.coproduction.portal.packs;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a pack prints for a resident's words, with the fonts the machine has (Debian's fonts-noto-core,
 * fonts-droid-fallback and fonts-symbola, as CI and the image install): nothing dropped silently.
 */
class PrintedTextTest {

    private final PackFonts fonts = PackFonts.in(PackFonts.DEBIAN_DIRECTORIES);

    @Test
    void everyScriptResidentsWriteHasAFont() {
        String every = "Zażółć Ελλάδα Дякую مرحبا שלום नमस्ते ਪੰਜਾਬੀ বাংলা 你好 👎😀👍❤";
        every.codePoints()
                .filter(c -> !Character.isWhitespace(c))
                .forEach(
                        c -> assertThat(fonts.draws(c)).as(Character.getName(c)).isTrue());
        PrintedText printed = new PrintedText(fonts);
        assertThat(printed.of(every)).isEqualTo(every);
        assertThat(printed.unprintable()).isZero();
    }

    @Test
    void aCharacterNoFontDrawsBecomesTheMarkerAndIsCounted() {
        PrintedText printed = new PrintedText(fonts);

        assertThat(printed.of("a \uD80C\uDC00 b \uD80C\uDC01")).isEqualTo("a \u25A1 b \u25A1");
        assertThat(printed.again("\uD80C\uDC00")).isEqualTo("\u25A1");
        assertThat(printed.unprintable()).isEqualTo(2);
    }

    @Test
    void joinersAndSelectorsNeverPrintAsBoxesButStillShapeWords() {
        PrintedText printed = new PrintedText(fonts);

        // A family emoji prints as its people; the heart without its emoji selector; a soft hyphen not at all.
        assertThat(printed.of("\uD83D\uDC68\u200D\uD83D\uDC69\u200D\uD83D\uDC67 \u2764\uFE0F co\u00ADop"))
                .isEqualTo("\uD83D\uDC68\uD83D\uDC69\uD83D\uDC67 \u2764 coop");
        // Between two letters a joiner shapes the word (Devanagari half forms, Persian non-joining): it stays.
        assertThat(printed.of("क्\u200Dष می\u200Cخواهم")).isEqualTo("क्\u200Dष می\u200Cخواهم");
        assertThat(printed.unprintable()).isZero();
    }
}
