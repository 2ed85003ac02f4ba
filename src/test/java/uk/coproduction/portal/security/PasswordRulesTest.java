package uk.coproduction.portal.security;

import org.junit.jupiter.api.Test;
import uk.coproduction.portal.feedback.InvalidFeedbackException;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Any staff password: long rather than complicated, and not guessable from the account or the commonest ones. */
class PasswordRulesTest {

    @Test
    void threeRandomWordsWillDo() {
        assertThat(problems("kettle-orbit-meadow", "sam.jones", "Sam Jones")).isEmpty();
    }

    @Test
    void shortCommonPersonalAndRepetitivePasswordsAreRefused() {
        assertThat(problems("", "sam.jones", "Sam Jones")).containsExactly("advocacy.error.password-required");
        assertThat(problems("kettle-orb", "sam.jones", "Sam Jones")).containsExactly("advocacy.error.password-short");
        assertThat(problems("mypassword2026!", "sam.jones", "Sam Jones")).containsExactly("advocacy.error.password-common");
        assertThat(problems("jones-kettle-orbit", "sam.jones", "Sam Jones")).containsExactly("advocacy.error.password-personal");
        assertThat(problems("abababababababab", "sam.jones", "Sam Jones")).containsExactly("advocacy.error.password-repetitive");
    }

    private static List<String> problems(String password, String username, String displayName) {
        List<InvalidFeedbackException.Problem> problems = new ArrayList<>();
        PasswordRules.check(password, username, displayName, problems);
        return problems.stream().map(InvalidFeedbackException.Problem::messageKey).toList();
    }
}
