package io.costledger.analysis;

import static io.costledger.analysis.Fixtures.usd;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RateBookTest {

    private static HourlyRate rate(RateKind kind, String usd, String effective, String provider) {
        return new HourlyRate("a100", kind, usd(usd), LocalDate.parse(effective), provider);
    }

    private static final RateBook BOOK = new RateBook(List.of(
            rate(RateKind.ON_DEMAND, "5.12", "2022-11-01", "AWS"),
            rate(RateKind.ON_DEMAND, "4.10", "2024-01-01", "Azure"),
            rate(RateKind.ON_DEMAND, "4.50", "2024-01-01", "Another"),
            rate(RateKind.COMMITTED_1Y, "3.00", "2022-11-01", "AWS"),
            rate(RateKind.COMMITTED_3Y, "2.00", "2023-01-01", "Zeta"),
            rate(RateKind.COMMITTED_3Y, "2.00", "2023-01-01", "Alpha"),
            rate(RateKind.NOTIONAL, "1.00", "2023-01-01", null),
            rate(RateKind.NOTIONAL, "1.00", "2023-01-01", "Beta")));

    @ParameterizedTest(name = "ON_DEMAND at {0} is {1}")
    @CsvSource(
            nullValues = "-",
            value = {
                "2023-06-30, 5.12", // greatest effective date on or before
                "2022-11-01, 5.12", // on the effective date itself
                "2024-01-01, 4.10", // a new rate applies from its own date, lowest of that date
                "2026-01-01, 4.10",
                "2020-01-01, 5.12", // earlier than every row: the earliest
                "-, 4.10" // no date: the latest
            })
    void choosesTheRateInForceAtTheDate(String date, String expected) {
        Optional<HourlyRate> rate =
                BOOK.rateAt("a100", RateKind.ON_DEMAND, date == null ? null : LocalDate.parse(date));

        assertThat(rate).map(HourlyRate::usdPerGpuHour).contains(usd(expected));
    }

    @Test
    void sameDateAndRateFallsBackToProviderInAlphabeticalOrder() {
        assertThat(BOOK.rateAt("a100", RateKind.COMMITTED_3Y, null))
                .map(HourlyRate::provider)
                .contains("Alpha");
    }

    @Test
    void aRateWithoutProviderComesAfterNamedProviders() {
        assertThat(BOOK.rateAt("a100", RateKind.NOTIONAL, null))
                .map(HourlyRate::provider)
                .contains("Beta");
    }

    @Test
    void kindsAndHardwareDoNotMix() {
        assertThat(BOOK.rateAt("a100", RateKind.COMMITTED_1Y, LocalDate.parse("2025-01-01")))
                .map(HourlyRate::usdPerGpuHour)
                .contains(usd("3.00"));
        assertThat(BOOK.rateAt("h100", RateKind.ON_DEMAND, null)).isEmpty();
        assertThat(new RateBook(List.of()).rateAt("a100", RateKind.ON_DEMAND, null))
                .isEmpty();
    }

    @Test
    void workedExampleOnDemandCostToTheCent() {
        assertThat(WorkedExample.RATES.cost(usd("2788000"), "h800", RateKind.ON_DEMAND, LocalDate.parse("2024-12-27")))
                .contains(usd("9534960.00"));
    }

    @ParameterizedTest(name = "{0} h x {1} = {2}")
    @CsvSource({"1, 0.125, 0.12", "1, 0.135, 0.14", "3, 0.005, 0.02", "5, 0.005, 0.02", "7, 0.005, 0.04"})
    void costIsRoundedHalfEvenToCents(String hours, String rate, String expected) {
        RateBook book =
                new RateBook(List.of(new HourlyRate("x", RateKind.ON_DEMAND, usd(rate), LocalDate.EPOCH, null)));

        assertThat(book.cost(usd(hours), "x", RateKind.ON_DEMAND, null)).contains(usd(expected));
    }

    @Test
    void noCostWithoutHoursHardwareOrRate() {
        assertThat(BOOK.cost(null, "a100", RateKind.ON_DEMAND, null)).isEmpty();
        assertThat(BOOK.cost(usd("1"), null, RateKind.ON_DEMAND, null)).isEmpty();
        assertThat(BOOK.cost(usd("1"), "a100", null, null)).isEmpty();
    }
}
