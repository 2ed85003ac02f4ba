package uk.coproduction.portal.journeys;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.regex.Pattern;

/**
 * The rule file for Easy Read sentences that have no picture beside them: each line names the translation key
 * and says why (for example a number or a code the person must copy, or a line that only repeats the question).
 * A sentence on an Easy Read page is explained when it is the Easy Read text of one of these keys.
 */
final class SentencesWithoutPictures {

    static final Path FILE = Path.of("src/test/resources/easy-read/sentences-without-pictures.properties");

    private final List<Pattern> explained;

    private SentencesWithoutPictures(List<Pattern> explained) {
        this.explained = explained;
    }

    static SentencesWithoutPictures load() {
        Properties reasons = new Properties();
        try (Reader reader = Files.newBufferedReader(FILE, StandardCharsets.UTF_8)) {
            reasons.load(reader);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Words easyRead = Words.easyRead();
        List<Pattern> patterns = reasons.stringPropertyNames().stream()
                .map(key -> {
                    if (reasons.getProperty(key).isBlank()) {
                        throw new IllegalStateException(FILE + ": " + key + " needs a reason");
                    }
                    String text = easyRead.get(key).replace("''", "'");
                    // Placeholders ({0}, {1,number}) stand for anything.
                    String[] pieces = text.split("\\{[^}]*}", -1);
                    StringBuilder regex = new StringBuilder();
                    for (int i = 0; i < pieces.length; i++) {
                        if (i > 0) {
                            regex.append(".*");
                        }
                        regex.append(
                                Pattern.quote(pieces[i].replaceAll("\\s+", " ").trim()));
                    }
                    return Pattern.compile(regex.toString(), Pattern.DOTALL);
                })
                .toList();
        return new SentencesWithoutPictures(patterns);
    }

    boolean explains(String text) {
        return explained.stream().anyMatch(p -> p.matcher(text).find());
    }
}
