package uk.coproduction.portal.advocacy.ui;

import org.junit.jupiter.api.Test;
import uk.coproduction.portal.feedback.EasyReadSentences;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Easy Read sheets an advocate reads back or prints (what will be sent, and the reply) are written in Easy Read:
 * every sentence of the portal's own words under 15 words, whatever short name fills a gap.
 */
class ReadBackWordingTest {

    @Test
    void everySentenceOfTheReadBackAndReplySheetsIsShorterThanFifteenWords() throws IOException {
        Properties words = new Properties();
        try (Reader reader = Files.newBufferedReader(
                Path.of("src/main/resources/vaadin-i18n/translations.properties"), StandardCharsets.UTF_8)) {
            words.load(reader);
        }
        List<String> sheetKeys = words.stringPropertyNames().stream()
                .filter(k -> (k.startsWith("advocacy.readback.") && !k.equals("advocacy.readback.intro"))
                        || k.startsWith("advocacy.reply.sheet"))
                .sorted()
                .toList();
        assertThat(sheetKeys).hasSizeGreaterThan(20);
        List<String> tooLong = new ArrayList<>();
        for (String key : sheetKeys) {
            // A gap is filled by a two-word name ("Jo Bright"); the person's own words are theirs, not ours.
            String text = words.getProperty(key).replaceAll("\\{\\d}", "Jo Bright");
            EasyReadSentences.tooLong(text).forEach(s -> tooLong.add(key + ": " + s.text()));
        }
        assertThat(tooLong).isEmpty();
    }
}
