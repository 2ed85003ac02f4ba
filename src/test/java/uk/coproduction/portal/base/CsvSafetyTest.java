package uk.coproduction.portal.base;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Whatever people wrote, a CSV export never hands a spreadsheet a live formula. */
class CsvSafetyTest {

    @Test
    void formulaPayloadsGetAQuoteInFrontSoSpreadsheetsShowThemAsText() {
        assertThat(CsvSafety.cell("=cmd|' /C calc'!A0")).isEqualTo("'=cmd|' /C calc'!A0");
        assertThat(CsvSafety.cell("+1+1")).isEqualTo("'+1+1");
        assertThat(CsvSafety.cell("-2+3")).isEqualTo("'-2+3");
        assertThat(CsvSafety.cell("@SUM(A1:A2)")).isEqualTo("'@SUM(A1:A2)");
        assertThat(CsvSafety.cell("\t=1+1")).isEqualTo("'\t=1+1");
        assertThat(CsvSafety.cell("\r=1+1")).isEqualTo("'\r=1+1");
        assertThat(CsvSafety.cell("  =HYPERLINK(\"http://x\")")).startsWith("'");
        assertThat(CsvSafety.cell("\uFF1D1+1")).as("full-width equals sign").startsWith("'");
    }

    @Test
    void ordinaryWordsAreLeftExactlyAsTheyWere() {
        assertThat(CsvSafety.cell("The staff were kind.")).isEqualTo("The staff were kind.");
        assertThat(CsvSafety.cell("Zażółć gęślą jaźń 😊")).isEqualTo("Zażółć gęślą jaźń 😊");
        assertThat(CsvSafety.cell("a = b")).isEqualTo("a = b");
        assertThat(CsvSafety.cell("")).isEmpty();
        assertThat(CsvSafety.cell(null)).isEmpty();
    }
}
