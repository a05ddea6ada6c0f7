package io.costledger.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** SEMANTICS.md part 3, "Dates as precise as their sources". */
class PartialDateTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "2017, YEAR, 2017-01-01, 2017-12-31, 2017-07-01",
        "2022-05, MONTH, 2022-05-01, 2022-05-31, 2022-05-15",
        "2024-02, MONTH, 2024-02-01, 2024-02-29, 2024-02-15",
        "2024-12-26, DAY, 2024-12-26, 2024-12-26, 2024-12-26",
        "0001, YEAR, 0001-01-01, 0001-12-31, 0001-07-01"
    })
    void aDateMeansARangeAndARuleDay(String text, DatePrecision precision, String from, String to, String ruleDay) {
        PartialDate date = PartialDate.parse(text).orElseThrow();
        assertThat(date.precision()).isEqualTo(precision);
        assertThat(date.text()).isEqualTo(text);
        assertThat(date.from()).isEqualTo(from);
        assertThat(date.to()).isEqualTo(to);
        assertThat(date.ruleDay()).isEqualTo(ruleDay);
    }

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(
            strings = {
                "0000",
                "2023-13",
                "2023-00",
                "2023-02-29",
                "2024-02-30",
                "23",
                "2023-1",
                "2023-01-1",
                "2023/01",
                "2023-01-01T00:00",
                " 2023",
                "-001",
                "+2023",
                "20231"
            })
    void notARealCalendarDate(String text) {
        assertThat(PartialDate.parse(text)).isEmpty();
    }

    @Test
    void onTheSameRuleDayTheMorePreciseFirstInEitherDirection() {
        List<PartialDate> dates = new ArrayList<>(List.of(
                PartialDate.parse("2023").orElseThrow(),
                PartialDate.parse("2023-07").orElseThrow(),
                PartialDate.parse("2023-07-01").orElseThrow(),
                PartialDate.parse("2023-07-15").orElseThrow(),
                PartialDate.parse("2023-06-30").orElseThrow()));

        dates.sort(PartialDate.byRuleDay(false));
        assertThat(dates)
                .extracting(PartialDate::text)
                .containsExactly("2023-06-30", "2023-07-01", "2023", "2023-07-15", "2023-07");
        dates.sort(PartialDate.byRuleDay(true));
        assertThat(dates)
                .extracting(PartialDate::text)
                .containsExactly("2023-07-15", "2023-07", "2023-07-01", "2023", "2023-06-30");
    }
}
