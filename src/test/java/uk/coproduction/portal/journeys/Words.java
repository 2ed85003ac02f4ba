package uk.coproduction.portal.journeys;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Properties;

/**
 * The words a person sees in one language, read from the same translation files the portal uses, so tests find
 * things by what people read (in English, Easy Read or Polish) without copying the words into the tests.
 */
final class Words {

    private final Properties english = load("translations.properties");
    private final Properties language;
    private final Locale locale;

    private Words(String file, Locale locale) {
        this.language = file == null ? english : load(file);
        this.locale = locale;
    }

    static Words english() {
        return new Words(null, Locale.UK);
    }

    static Words easyRead() {
        return new Words("translations_en_GB_easyread.properties", Locale.UK);
    }

    static Words polish() {
        return new Words("translations_pl_PL.properties", Locale.of("pl", "PL"));
    }

    String get(String key, Object... args) {
        String value = language.getProperty(key, english.getProperty(key));
        if (value == null) {
            throw new IllegalArgumentException("No words for " + key);
        }
        return args.length == 0 ? value : new MessageFormat(value, locale).format(args);
    }

    private static Properties load(String file) {
        Properties properties = new Properties();
        try (Reader reader =
                Files.newBufferedReader(Path.of("src/main/resources/vaadin-i18n", file), StandardCharsets.UTF_8)) {
            properties.load(reader);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }
}
