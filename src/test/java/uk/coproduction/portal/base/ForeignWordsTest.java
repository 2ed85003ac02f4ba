package uk.coproduction.portal.base;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.html.Span;
import org.junit.jupiter.api.Test;
import uk.coproduction.portal.base.ui.ForeignWords;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Words in another language carry their language (WCAG 3.1.2): in each translation file, every English word
 * inside Polish text and every Polish word inside English text is marked {@code <span lang="…">}, so screen
 * readers pronounce it right; and the mark becomes a span with {@code lang} on the page, never raw HTML.
 */
class ForeignWordsTest {

    /** The words from another language that appear in each file. */
    private static final Map<String, List<String>> FOREIGN = Map.of(
            "translations_pl_PL.properties", List.of("Easy Read", "English"),
            "translations.properties", List.of("Polski"),
            "translations_en_GB_easyread.properties", List.of("Polski"));

    /** Keys where the words are not marked, and why. */
    private static final Map<String, String> NOT_MARKED = Map.of(
            "language.", "the language links carry lang and hreflang on the link itself (PublicLayout)",
            "email.", "e-mails are plain text: there is no markup to carry a language");

    @Test
    void everyForeignWordInEachLanguageFileCarriesItsLanguage() throws IOException {
        List<String> unmarked = new ArrayList<>();
        for (var file : FOREIGN.entrySet()) {
            Properties words = load(file.getKey());
            for (String key : words.stringPropertyNames()) {
                if (NOT_MARKED.keySet().stream().anyMatch(key::startsWith)) {
                    continue;
                }
                String value = words.getProperty(key);
                String withoutMarked = value.replaceAll("<span lang=\"[^\"]+\">[^<]*</span>", "");
                for (String foreign : file.getValue()) {
                    if (withoutMarked.contains(foreign)) {
                        unmarked.add(file.getKey() + ": " + key + " has \"" + foreign + "\" without lang");
                    }
                }
            }
        }
        assertThat(unmarked).isEmpty();
    }

    @Test
    void aMarkedWordBecomesASpanWithItsLanguageAndNothingElseBecomesMarkup() {
        Component[] parts = ForeignWords.parts("Użyj wersji <span lang=\"en\">Easy Read</span> <b>tak</b>");
        assertThat(parts).hasSize(3);
        assertThat(parts[0]).isInstanceOf(Text.class);
        assertThat(((Span) parts[1]).getText()).isEqualTo("Easy Read");
        assertThat(parts[1].getElement().getAttribute("lang")).isEqualTo("en");
        assertThat(((Text) parts[2]).getText()).isEqualTo(" <b>tak</b>");
        assertThat(ForeignWords.plain("wybierz <span lang=\"en\">English</span>"))
                .isEqualTo("wybierz English");
    }

    private static Properties load(String file) throws IOException {
        Properties properties = new Properties();
        try (Reader reader =
                Files.newBufferedReader(Path.of("src/main/resources/vaadin-i18n", file), StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }
}
