package io.costledger.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** SEMANTICS.md part 3, the amortized value, on the worked examples of FACTS-METHOD.md. */
class AmortizationTest {

    /** Epoch's electricity prices, USD per kWh by year (FACTS-METHOD.md). */
    static final Map<Integer, BigDecimal> ELECTRICITY = new TreeMap<>();

    static {
        String[] rows = ("2010 0.0677 2011 0.0682 2012 0.0667 2013 0.0689 2014 0.0710 2015 0.0691 2016 0.0676"
                        + " 2017 0.0688 2018 0.0692 2019 0.0681 2020 0.0667 2021 0.0718 2022 0.0832 2023 0.0806"
                        + " 2024 0.0771 2025 0.0826")
                .split(" ");
        for (int i = 0; i < rows.length; i += 2) {
            ELECTRICITY.put(Integer.parseInt(rows[i]), new BigDecimal(rows[i + 1]));
        }
    }

    private static final ChipFacts A100 = ChipFacts.of(HardwareKind.GPU, usd("400"), usd("2.031"), usd("1.66"));

    private static BigDecimal usd(String value) {
        return new BigDecimal(value);
    }

    private static ChipPrice price(String hardware, String usd, String on, PriceBasis basis) {
        return new ChipPrice(hardware, usd(usd), LocalDate.parse(on), basis);
    }

    @Test
    void deepSeekV3OwnedCostsAboutWhatItsReportRentedItFor() {
        AmortizedValue value = Amortization.of(new Amortization.Run(
                        usd("2788000"),
                        LocalDate.parse("2024-12-26"),
                        null,
                        false,
                        ChipFacts.of(HardwareKind.GPU, usd("700"), usd("1.8"), null),
                        List.of(
                                price("h800", "33800", "2025-02-21", PriceBasis.CHIP),
                                price("h800", "44750", "2025-02-21", PriceBasis.SERVER_SHARE)),
                        ELECTRICITY))
                .orElseThrow();

        assertThat(value.price()).isEqualTo(price("h800", "44750", "2025-02-21", PriceBasis.SERVER_SHARE));
        assertThat(value.endedOn()).isEqualTo("2024-10-27");
        assertThat(value.acquiredOn()).isEqualTo("2025-02-21");
        assertThat(value.ageYears()).isEqualByComparingTo("0");
        assertThat(value.depreciatedUsdPerChip()).isEqualTo(usd("44750.00"));
        assertThat(value.hardwareUsd()).isEqualTo(usd("4588049.21"));
        assertThat(value.interconnectUsd()).isEqualTo(usd("1076209.07"));
        assertThat(value.energyUsd()).isEqualTo(usd("253915.36"));
        assertThat(value.totalUsd()).isEqualTo(usd("5918173.64"));
        assertThat(value.usdPerChipHour()).isEqualTo(usd("2.122731"));
        assertThat(value.trainingStartedOn()).isEqualTo("2024-09-23");
        assertThat(value.pue()).isEqualTo(usd("1.25"));
        assertThat(value.usdPerKwh()).isEqualTo(usd("0.0771"));
    }

    @Test
    void opt175bAtAMonthsRuleDayOnAChipAlonePriceAtHyperscale() {
        AmortizedValue value = Amortization.of(new Amortization.Run(
                        usd("811008"),
                        PartialDate.parse("2022-05").orElseThrow().ruleDay(),
                        usd("792"),
                        true,
                        A100,
                        List.of(
                                price("a100-80gb", "37500", "2021-06-30", PriceBasis.SERVER_SHARE),
                                price("a100-80gb", "17500", "2020-07-01", PriceBasis.CHIP),
                                price("a100-80gb", "20875", "2022-01-20", PriceBasis.CHIP)),
                        ELECTRICITY))
                .orElseThrow();

        assertThat(value.price().usdPerChip()).isEqualTo(usd("17500"));
        assertThat(value.ageYears()).isEqualTo(usd("1.6153"));
        assertThat(value.depreciatedUsdPerChip()).isEqualTo(usd("17258.37"));
        assertThat(value.hardwareUsd()).isEqualTo(usd("514715.28"));
        assertThat(value.interconnectUsd()).isEqualTo(usd("120735.68"));
        assertThat(value.energyUsd()).isEqualTo(usd("45224.35"));
        assertThat(value.totalUsd()).isEqualTo(usd("680675.31"));
        assertThat(value.usdPerChipHour()).isEqualTo(usd("0.839295"));
        assertThat(value.trainingStartedOn()).isEqualTo("2022-02-11");
        assertThat(value.pue()).isEqualTo(usd("1.1"));
    }

    @Test
    void falcon180bOnChipsThreeYearsOld() {
        AmortizedValue value = Amortization.of(new Amortization.Run(
                        usd("7000000"),
                        LocalDate.parse("2023-09-06"),
                        null,
                        false,
                        A100,
                        List.of(
                                price("a100-40gb", "15000", "2020-07-01", PriceBasis.CHIP),
                                price("a100-40gb", "12500", "2022-07-01", PriceBasis.CHIP),
                                price("a100-40gb", "24875", "2020-05-21", PriceBasis.SERVER_SHARE)),
                        ELECTRICITY))
                .orElseThrow();

        assertThat(value.ageYears()).isEqualTo(usd("3.0388"));
        assertThat(value.depreciatedUsdPerChip()).isEqualTo(usd("9339.53"));
        assertThat(value.hardwareUsd()).isEqualTo(usd("2404170.87"));
        assertThat(value.interconnectUsd()).isEqualTo(usd("563941.32"));
        assertThat(value.energyUsd()).isEqualTo(usd("429708.82"));
        assertThat(value.totalUsd()).isEqualTo(usd("3397821.01"));
        assertThat(value.trainingStartedOn()).isEqualTo("2023-06-04");
    }

    @Test
    void epochsOwnGpt4FigureFromItsInputs() {
        ChipPrice row = price("a100-40gb", "24875", "2020-05-21", PriceBasis.SERVER_SHARE);
        AmortizedValue value = Amortization.value(new Amortization.Inputs(
                usd("57000000"),
                row,
                usd("24875"),
                LocalDate.parse("2020-08-12"),
                LocalDate.parse("2022-08-15"),
                usd("2280"),
                HardwareKind.GPU,
                usd("400"),
                usd("2.031"),
                usd("1.25"),
                usd("0.0806")));

        assertThat(value.hardwareUsd()).isEqualTo(usd("29691720.99"));
        assertThat(value.interconnectUsd()).isEqualTo(usd("6964724.68"));
        assertThat(value.energyUsd()).isEqualTo(usd("3499057.58"));
        // the unrounded sum rounded once: a cent above the sum of the rounded parts
        assertThat(value.totalUsd()).isEqualTo(usd("40155503.24"));
    }

    @Test
    void aTpuDrawsLessOfItsTdpAndDefaultsItsServerFactor() {
        ChipFacts tpu = ChipFacts.of(HardwareKind.TPU, usd("170"), null, null);
        assertThat(tpu.serverPowerFactor()).isEqualTo(usd("1.56"));
        assertThat(tpu.serverCostFactor()).isEqualTo(usd("1.64"));
        AmortizedValue value = Amortization.of(new Amortization.Run(
                        usd("1000000"),
                        LocalDate.parse("2021-05-20"),
                        null,
                        true,
                        tpu,
                        List.of(price("tpu-v4", "5176", "2021-05-20", PriceBasis.CHIP)),
                        ELECTRICITY))
                .orElseThrow();
        // 1,000,000 h x 0.17 kW x 1.56 x 0.43 x 1.1 x 0.0718 (2021)
        assertThat(value.energyUsd()).isEqualTo(usd("9006.56"));
        // a chip-alone price times the cost factor; the run started before the price's date: age 0
        assertThat(value.depreciatedUsdPerChip()).isEqualTo(usd("8488.64"));
        assertThat(value.ageYears()).isEqualByComparingTo("0");
    }

    @ParameterizedTest(name = "{0}: no amortized value")
    @CsvSource({"no kind", "no tdp", "no price", "no electricity", "no date"})
    void withoutWhatTheMethodNeedsThereIsNoValue(String missing) {
        ChipFacts chip = switch (missing) {
            case "no kind" -> ChipFacts.of(null, usd("400"), null, null);
            case "no tdp" -> ChipFacts.of(HardwareKind.GPU, null, null, null);
            default -> A100;
        };
        Optional<AmortizedValue> value = Amortization.of(new Amortization.Run(
                usd("1000"),
                missing.equals("no date") ? null : LocalDate.parse("2023-01-01"),
                null,
                false,
                chip,
                missing.equals("no price")
                        ? List.of()
                        : List.of(price("a100", "24875", "2020-05-21", PriceBasis.SERVER_SHARE)),
                missing.equals("no electricity") ? Map.of() : ELECTRICITY));
        assertThat(value).isEmpty();
    }

    @ParameterizedTest(name = "year {0} takes {1}")
    @CsvSource({"2023, 0.0806", "2030, 0.0826", "1999, 0.0677"})
    void theNearestYearsElectricityWhenTheYearHasNone(int year, String expected) {
        assertThat(Amortization.usdPerKwh(ELECTRICITY, year)).isEqualTo(usd(expected));
    }

    @Test
    void aTieBetweenTwoNearestYearsTakesTheEarlier() {
        assertThat(Amortization.usdPerKwh(Map.of(2020, usd("0.1"), 2022, usd("0.2")), 2021))
                .isEqualTo(usd("0.1"));
    }
}
