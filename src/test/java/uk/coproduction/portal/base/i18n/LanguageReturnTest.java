package uk.coproduction.portal.base.i18n;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Choosing a language goes back to the same page of this site, a review's signed link included, and nowhere else. */
class LanguageReturnTest {

    @Test
    void aPageOfThisSiteIsReturnedToAndAnythingElseGoesToTheFrontPage() {
        assertThat(LanguageController.safeReturn("/feedback/question/3")).isEqualTo("/feedback/question/3");
        assertThat(LanguageController.safeReturn(
                        "/review/T3UCD0zPBn0wZfIA6RHMnA.23UZa-dnmaSC_0KL20X9sPEjp8WJ-_6ENGMn0fejwUQ"))
                .isEqualTo("/review/T3UCD0zPBn0wZfIA6RHMnA.23UZa-dnmaSC_0KL20X9sPEjp8WJ-_6ENGMn0fejwUQ");
        assertThat(LanguageController.safeReturn("//evil.example/x")).isEqualTo("/");
        assertThat(LanguageController.safeReturn("https://evil.example")).isEqualTo("/");
        assertThat(LanguageController.safeReturn("/review/../staff")).isEqualTo("/");
        assertThat(LanguageController.safeReturn(null)).isEqualTo("/");
    }
}
