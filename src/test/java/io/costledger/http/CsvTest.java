package io.costledger.http;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Cells as the CSV downloads write them: text quoted and neutralized, numbers and booleans bare (OWASP). */
class CsvTest {

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            quoteCharacter = '`',
            value = {
                // cell | as written
                "5576000 | 5576000",
                "-12.5 | -12.5",
                "true | true",
                "deepseek-v3 | \"deepseek-v3\"",
                "=1+2 | \"'=1+2\"",
                "-5% of the budget | \"'-5% of the budget\"",
                "@SUM(A1) | \"'@SUM(A1)\"",
                // a delimiter of some locales: quoted, so never split there
                "x;=HYPERLINK(\"http://e.x\") | \"x;=HYPERLINK(\"\"http://e.x\"\")\"",
                // spaces and invisible characters before the sign hide nothing
                "` =1+2` | \"' =1+2\"",
                "\u00A0=1+2 | \"'\u00A0=1+2\"",
                "\u200B=1+2 | \"'\u200B=1+2\"",
                "\uFEFF+1 | \"'\uFEFF+1\"",
                // fullwidth forms
                "\uFF1D1+2 | \"'\uFF1D1+2\"",
                "\uFF0B1 | \"'\uFF0B1\"",
                "\uFF0D1 | \"'\uFF0D1\"",
                "\uFF20A1 | \"'\uFF20A1\"",
                "`a, b` | \"a, b\""
            })
    void aCellIsWrittenAsASpreadsheetCanOnlyReadAsData(String cell, String written) {
        assertThat(Csv.field(cell)).isEqualTo(written);
    }

    @Test
    void aTabOrACarriageReturnFirstIsNeutralizedToo() {
        assertThat(Csv.field("\t=1")).isEqualTo("\"'\t=1\"");
        assertThat(Csv.field("\r=1")).isEqualTo("\"'\r=1\"");
        assertThat(Csv.field("")).isEmpty();
        assertThat(Csv.field(null)).isEmpty();
    }
}
