package uk.coproduction.portal.operations;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** What a log line may contain of text from outside (issue 24): nothing that ends the line or starts another. */
class LogTextTest {

    @Test
    void lineBreaksAndControlCharactersAreWrittenAsVisibleEscapes() {
        String forged = "pl\r\n2026-12-07T00:00:00.000Z ERROR 1 --- FAKE\u0085next\u2028line\u001b[31mred\ttab";
        String escaped = LogText.escape(forged);

        assertThat(escaped)
                .doesNotContain("\r", "\n", "\u0085", "\u2028", "\u001b", "\t")
                .isEqualTo(
                        "pl\\r\\n2026-12-07T00:00:00.000Z ERROR 1 --- FAKE\\u0085next\\u2028line\\u001b[31mred\\ttab");
    }

    @Test
    void ordinaryTextInAnyScriptIsLeftAsItIs() {
        String words = "Zażółć gęślą jaźń — नमस्ते 👍";
        assertThat(LogText.escape(words)).isSameAs(words);
        assertThat(LogText.escape(null)).isNull();
    }
}
