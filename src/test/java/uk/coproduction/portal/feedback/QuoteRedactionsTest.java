package uk.coproduction.portal.feedback;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** "Suggest redactions" takes out the obvious identifiers; the commissioner still reads the result. */
class QuoteRedactionsTest {

    @Test
    void namesAfterTitlesAndCalledAreReplaced() {
        assertThat(QuoteRedactions.suggest("My worker called Sarah Jones was kind, but Dr Patel never listened."))
                .isEqualTo("My worker called [name] was kind, but Dr [name] never listened.");
        assertThat(QuoteRedactions.suggest("Mrs. O'Neill and a boy named Tom")).isEqualTo("Mrs. [name] and a boy named [name]");
    }

    @Test
    void datesPhoneNumbersEmailsAndPostcodesAreReplaced() {
        assertThat(QuoteRedactions.suggest("On 12 March 2026 I rang 01622 123456 and wrote to mum@example.org from ME14 1XX."))
                .isEqualTo("On [date] I rang [phone] and wrote to [email] from [postcode].");
        assertThat(QuoteRedactions.suggest("Seen on 03/02/2025 and again on March 5th, call +44 7700 900123"))
                .isEqualTo("Seen on [date] and again on [date], call [phone]");
    }

    @Test
    void ordinaryWordsAreLeftAlone() {
        String words = "We waited a long time and nobody called back. The staff were kind.";
        assertThat(QuoteRedactions.suggest(words)).isEqualTo(words);
    }
}
