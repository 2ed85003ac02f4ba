package uk.coproduction.portal.security;

import org.junit.jupiter.api.Test;
import uk.coproduction.portal.base.InvalidInputException;

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
 * Any staff password: long rather than complicated, and not guessable from the account or the passwords attackers
 * try first (Passay's rules over a real list of 30,000 common passwords, not a handful of words).
 */
class PasswordRulesTest {

    @Test
    void threeRandomWordsWillDo() {
        assertThat(problems("kettle-orbit-meadow", "sam.jones", "Sam Jones")).isEmpty();
        assertThat(problems("Plum tram ostrich 7", "sam.jones", "Sam Jones")).isEmpty();
    }

    @Test
    void shortCommonPersonalAndRepetitivePasswordsAreRefused() {
        assertThat(problems("", "sam.jones", "Sam Jones")).containsExactly("advocacy.error.password-required");
        assertThat(problems("kettle-orb", "sam.jones", "Sam Jones")).containsExactly("advocacy.error.password-short");
        assertThat(problems("x".repeat(129), "sam.jones", "Sam Jones")).containsExactly("advocacy.error.password-long");
        assertThat(problems("mypassword2026!", "sam.jones", "Sam Jones"))
                .containsExactly("advocacy.error.password-common");
        assertThat(problems("jones-kettle-orbit", "sam.jones", "Sam Jones"))
                .containsExactly("advocacy.error.password-personal");
        assertThat(problems("kettle-sam.jones!", "sam.jones", "Someone Else"))
                .containsExactly("advocacy.error.password-personal");
        assertThat(problems("abababababababab", "sam.jones", "Sam Jones"))
                .containsExactly("advocacy.error.password-repetitive");
    }

    @Test
    void theListOfCommonPasswordsHasTensOfThousandsOfEntries() {
        assertThat(PasswordRules.commonPasswordCount()).isGreaterThanOrEqualTo(30_000);
    }

    @Test
    void longCommonPasswordsThatTheOldElevenWordListLetThroughAreRefused() {
        // Each is 12 characters or more, on the list of common passwords, and had none of the eleven old words in it.
        for (String common : List.of("leavemealone", "finalfantasy", "sonyericsson", "LeaveMeAlone")) {
            assertThat(problems(common, "sam.jones", "Sam Jones"))
                    .as(common)
                    .containsExactly("advocacy.error.password-common");
        }
    }

    @Test
    void aCommonPasswordPaddedWithNumbersOrSymbolsToMeetTheLengthRuleIsRefused() {
        for (String padded : List.of("Liverpool1892!", "Manchester2026", "!!sunshine2024!!", "2026princess#1")) {
            assertThat(problems(padded, "sam.jones", "Sam Jones"))
                    .as(padded)
                    .containsExactly("advocacy.error.password-common");
        }
    }

    @Test
    void runsOfFiveOrMoreCharactersInARowAreRefused() {
        assertThat(problems("kettle-12345-orbit", "sam.jones", "Sam Jones"))
                .containsExactly("advocacy.error.password-sequence");
        assertThat(problems("meadow-abcdef-orbit", "sam.jones", "Sam Jones"))
                .containsExactly("advocacy.error.password-sequence");
        assertThat(problems("asdfg-kettle-orbit", "sam.jones", "Sam Jones"))
                .containsExactly("advocacy.error.password-sequence");
        assertThat(problems("kettle-1234-orbit", "sam.jones", "Sam Jones")).isEmpty();
    }

    @Test
    void everyRefusalSaysHowToFixIt() throws IOException {
        Properties words = new Properties();
        try (Reader in = Files.newBufferedReader(
                Path.of("src/main/resources/vaadin-i18n/translations.properties"), StandardCharsets.UTF_8)) {
            words.load(in);
        }
        List<String> refusals = List.of(
                "advocacy.error.password-short",
                "advocacy.error.password-long",
                "advocacy.error.password-common",
                "advocacy.error.password-personal",
                "advocacy.error.password-repetitive",
                "advocacy.error.password-sequence");
        for (String key : refusals) {
            assertThat(words.getProperty(key))
                    .as(key)
                    .isNotBlank()
                    .containsAnyOf("Use ", "use ", "Choose", "Do not", "Break it up");
        }
        assertThat(words.getProperty("advocacy.error.password-common")).contains("three random words");
    }

    private static List<String> problems(String password, String username, String displayName) {
        List<InvalidInputException.Problem> problems = new ArrayList<>();
        PasswordRules.check(password, username, displayName, problems);
        return problems.stream().map(InvalidInputException.Problem::messageKey).toList();
    }
}
