package io.costledger.analysis;

import static io.costledger.analysis.Fixtures.FINAL;
import static io.costledger.analysis.Fixtures.OTHER;
import static io.costledger.analysis.Fixtures.RESEARCH;
import static io.costledger.analysis.Fixtures.claim;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.costledger.analysis.Comparisons.Comparison;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** SEMANTICS.md part 2, "Comparisons: where the sources disagree", and the OPT-175B worked example. */
class ComparisonsTest {

    private static final RateBook RATES = new RateBook(List.of(
            new HourlyRate("a100-80gb", RateKind.ON_DEMAND, Fixtures.usd("5.12"), LocalDate.parse("2022-11-01"), "AWS"),
            new HourlyRate(
                    "a100-80gb", RateKind.COMMITTED_3Y, Fixtures.usd("1.81"), LocalDate.parse("2022-11-01"), "AWS"),
            new HourlyRate("h800", RateKind.ON_DEMAND, Fixtures.usd("3.42"), LocalDate.parse("2024-08-01"), "CR8DL")));

    private final Comparisons comparisons = new Comparisons(Fixtures.TAXONOMY, RATES);

    private static List<AssessedClaim> unflagged(Fixtures.Claim... claims) {
        return Arrays.stream(claims)
                .map(claim -> new AssessedClaim(claim.facts(), List.of()))
                .toList();
    }

    /** A group without its per-claim values. */
    private record Spread(
            List<String> categories, List<String> claims, BigDecimal minUsd, BigDecimal maxUsd, BigDecimal ratio) {}

    private static List<Spread> spreads(List<Comparison> groups) {
        return groups.stream()
                .map(group ->
                        new Spread(group.categories(), group.claims(), group.minUsd(), group.maxUsd(), group.ratio()))
                .toList();
    }

    private static BigDecimal usd(String value) {
        return new BigDecimal(value);
    }

    @Test
    void purchasesFormGroupsOfTheirOwnRightAfterTheOrdinaryGroupOfTheSameCategories() {
        List<Comparison> groups = comparisons.of(
                unflagged(
                        claim("facility-share").includes(Fixtures.INFRA).amount("5000000"),
                        claim("gpus")
                                .includes(Fixtures.INFRA)
                                .amount("400000000")
                                .capitalExpense(),
                        claim("cluster")
                                .includes(Fixtures.INFRA)
                                .amount("700000000")
                                .capitalExpense(),
                        claim("run").includes(FINAL).amount("1000")),
                RateKind.ON_DEMAND,
                false);

        assertThat(groups)
                .extracting(Comparison::categories, Comparison::claims, Comparison::capitalExpense, Comparison::ratio)
                .containsExactly(
                        tuple(List.of(FINAL), List.of("run"), false, usd("1.00")),
                        tuple(List.of(Fixtures.INFRA), List.of("facility-share"), false, usd("1.00")),
                        tuple(List.of(Fixtures.INFRA), List.of("cluster", "gpus"), true, usd("1.75")));
    }

    @Test
    void workedExampleOpt175bFiguresLandInOneGroupAtARatioOf100() {
        List<Comparison> groups = comparisons.of(
                unflagged(
                        claim("opt175b-logbook")
                                .date("2022-01-07")
                                .chips(1024, "792")
                                .gpuHours(null, "a100-80gb"),
                        claim("opt175b-llama-paper").date("2023-02-27").gpuHours("809472", "a100-80gb")),
                null,
                false);

        assertThat(spreads(groups))
                .containsExactly(new Spread(
                        List.of(FINAL),
                        List.of("opt175b-llama-paper", "opt175b-logbook"),
                        usd("4144496.64"),
                        usd("4152360.96"),
                        usd("1.00")));
        // each claim's value, in the order of the claims: both derived, priced by the A100's on-demand row
        assertThat(groups.get(0).values())
                .extracting(
                        Valuation::lowUsd,
                        Valuation::highUsd,
                        Valuation::derived,
                        value -> value.rate().kind())
                .containsExactly(
                        tuple(usd("4144496.64"), usd("4144496.64"), true, RateKind.ON_DEMAND),
                        tuple(usd("4152360.96"), usd("4152360.96"), true, RateKind.ON_DEMAND));
    }

    @Test
    void groupsAreOrderedByTheirCategoryPositionsAListBeforeTheLongerListsItBegins() {
        List<Comparison> groups = comparisons.of(
                unflagged(
                        claim("other").includes(OTHER).amount("1"),
                        claim("final-research").includes(FINAL, RESEARCH).amount("1"),
                        claim("final-other-research")
                                .includes(RESEARCH, OTHER, FINAL)
                                .amount("1"),
                        claim("final-other").includes(OTHER, FINAL).amount("1"),
                        claim("final").includes(FINAL).amount("1")),
                null,
                false);

        assertThat(groups)
                .extracting(Comparison::categories)
                .containsExactly(
                        List.of(FINAL),
                        List.of(FINAL, OTHER),
                        List.of(FINAL, OTHER, RESEARCH),
                        List.of(FINAL, RESEARCH),
                        List.of(OTHER));
    }

    @Test
    void claimsOfAGroupAreInThePreferenceOrderOfScopedTotals() {
        List<Comparison> groups = comparisons.of(
                unflagged(
                        claim("press").kind(SourceKind.PRESS).amount("6000000"),
                        claim("estimate-2023")
                                .kind(SourceKind.ANALYST_ESTIMATE)
                                .date("2023-01-01")
                                .amount("100"),
                        claim("estimate-undated")
                                .kind(SourceKind.ANALYST_ESTIMATE)
                                .date(null)
                                .amount("100"),
                        claim("estimate-2025")
                                .kind(SourceKind.ANALYST_ESTIMATE)
                                .date("2025-01-01")
                                .amount("100"),
                        claim("disclosure").amount("5576000")),
                null,
                false);

        assertThat(groups.get(0).claims())
                .containsExactly("disclosure", "estimate-2025", "estimate-2023", "estimate-undated", "press");
        assertThat(groups.get(0).minUsd()).isEqualTo(usd("100.00"));
        assertThat(groups.get(0).maxUsd()).isEqualTo(usd("6000000.00"));
        assertThat(groups.get(0).ratio()).isEqualTo(usd("60000.00"));
    }

    @Test
    void theRatioIsRoundedHalfEvenToTwoDecimals() {
        assertThat(comparisons.of(unflagged(claim("a").amount("2"), claim("b").amount("2.69")), null, false))
                .extracting(Comparison::ratio)
                .containsExactly(usd("1.34")); // 1.345 keeps the even 4
        assertThat(comparisons.of(unflagged(claim("a").amount("2"), claim("b").amount("2.71")), null, false))
                .extracting(Comparison::ratio)
                .containsExactly(usd("1.36")); // 1.355 rounds to the even 6
    }

    @Test
    void theRatioIsNullWhenTheLeastLowIs0OrAHighIsUnbounded() {
        Comparison belowAHundred = comparisons
                .of(
                        unflagged(
                                claim("less-than").range(null, "100"),
                                claim("fifty").amount("50")),
                        null,
                        false)
                .get(0);
        assertThat(belowAHundred.minUsd()).isEqualTo(usd("0.00"));
        assertThat(belowAHundred.maxUsd()).isEqualTo(usd("100.00"));
        assertThat(belowAHundred.ratio()).isNull();

        Comparison open = comparisons
                .of(
                        unflagged(
                                claim("more-than").range("100", null),
                                claim("fifty").amount("50")),
                        null,
                        false)
                .get(0);
        assertThat(open.minUsd()).isEqualTo(usd("50.00"));
        assertThat(open.maxUsd()).isNull();
        assertThat(open.ratio()).isNull();
    }

    @Test
    void aSingleClaimIsAGroupOfItsOwnRangeAndRatio() {
        List<Comparison> only = comparisons.of(unflagged(claim("only").range("10", "20")), null, false);
        assertThat(spreads(only))
                .containsExactly(new Spread(List.of(FINAL), List.of("only"), usd("10.00"), usd("20.00"), usd("2.00")));
        assertThat(only.get(0).values()).containsExactly(new Valuation(usd("10.00"), usd("20.00"), false, null));
    }

    @Test
    void aRateKindRepricesGpuHoursIgnoringTheStatedAmountAndLeavesOutClaimsWithoutSuchARate() {
        List<AssessedClaim> claims = unflagged(
                claim("a100-run").gpuHours("1000", "a100-80gb").amount("999999"),
                claim("h800-run").gpuHours("1000", "h800"),
                claim("stated").amount("5000"));

        List<Comparison> repriced = comparisons.of(claims, RateKind.COMMITTED_3Y, false);
        assertThat(spreads(repriced))
                .containsExactly(new Spread(
                        List.of(FINAL), List.of("a100-run", "stated"), usd("1810.00"), usd("5000.00"), usd("2.76")));
        assertThat(repriced.get(0).values())
                .extracting(Valuation::lowUsd, Valuation::derived)
                .containsExactly(tuple(usd("1810.00"), true), tuple(usd("5000.00"), false));
        assertThat(comparisons.of(claims, null, false).get(0).claims())
                .containsExactly("a100-run", "h800-run", "stated");
        assertThat(comparisons.of(claims, null, false).get(0).maxUsd()).isEqualTo(usd("999999.00"));
    }

    @Test
    void claimsWithoutAValueAreLeftOutAndAGroupNeedsOne() {
        assertThat(comparisons.of(unflagged(claim("unpriced").gpuHours("10", "tpu-v9")), null, false))
                .isEmpty();
    }

    @Test
    void claimsWithAnErrorFlagAreLeftOutUnlessIncludeFlagged() {
        Flag error = new Flag(FlagCode.ARITHMETIC_MISMATCH, Severity.ERROR, "wrong", List.of());
        Flag warning = new Flag(FlagCode.CONFLICTING_ESTIMATES, Severity.WARNING, "far", List.of());
        List<AssessedClaim> claims = List.of(
                new AssessedClaim(claim("wrong").amount("1").facts(), List.of(error)),
                new AssessedClaim(claim("far").amount("100").facts(), List.of(warning)));

        assertThat(comparisons.of(claims, null, false).get(0).claims()).containsExactly("far");
        assertThat(comparisons.of(claims, null, true).get(0).claims()).containsExactly("far", "wrong");
    }
}
