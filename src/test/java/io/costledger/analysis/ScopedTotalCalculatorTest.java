package io.costledger.analysis;

import static io.costledger.analysis.Fixtures.DATA;
import static io.costledger.analysis.Fixtures.FINAL;
import static io.costledger.analysis.Fixtures.INFRA;
import static io.costledger.analysis.Fixtures.OTHER;
import static io.costledger.analysis.Fixtures.OVERHEAD;
import static io.costledger.analysis.Fixtures.PERSONNEL;
import static io.costledger.analysis.Fixtures.RESEARCH;
import static io.costledger.analysis.Fixtures.claim;
import static io.costledger.analysis.Fixtures.usd;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.costledger.analysis.ScopedTotal.Contribution;
import io.costledger.analysis.ScopedTotal.Skip;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class ScopedTotalCalculatorTest {

    private static final RateBook RATES = new RateBook(List.of(
            new HourlyRate("a100", RateKind.ON_DEMAND, usd("4.00"), LocalDate.parse("2023-01-01"), "x"),
            new HourlyRate("a100", RateKind.ON_DEMAND, usd("2.00"), LocalDate.parse("2024-01-01"), "x")));

    private final ScopedTotalCalculator workedExample =
            new ScopedTotalCalculator(Fixtures.TAXONOMY, WorkedExample.RATES);
    private final ScopedTotalCalculator calculator = new ScopedTotalCalculator(Fixtures.TAXONOMY, RATES);

    private static TotalPart part(String model, Fixtures.Claim... claims) {
        return new TotalPart(
                model,
                Arrays.stream(claims)
                        .map(claim -> new AssessedClaim(claim.model(model).facts(), List.of()))
                        .toList());
    }

    private ScopedTotal total(String scope, TotalPart... parts) {
        return calculator.total(new ScopeRequest(scope, false, null), List.of(parts));
    }

    private static TotalPart workedPart(String model) {
        return new TotalPart(model, WorkedExample.claimsAbout(model));
    }

    @Test
    void aCapitalExpenseIsSkippedFirstInEveryScopeAndNeverAdded() {
        TotalPart part = part(
                "m",
                claim("run").includes(FINAL).amount("1000"),
                claim("cluster").includes(INFRA).amount("400000000").capitalExpense());

        for (String scope : List.of("FINAL_RUN", "ALL_IN")) {
            ScopedTotal total = total(scope, part);
            // skipped before OUTSIDE_SCOPE is considered: the purchase is seen beside every total
            assertThat(total.skipped())
                    .as(scope)
                    .extracting(Skip::claim, Skip::reason, Skip::byClaim)
                    .containsExactly(tuple("cluster", SkipReason.CAPITAL_EXPENSE, null));
            assertThat(total.lowUsd()).as(scope).isEqualTo(usd("1000.00"));
        }
        assertThat(total("ALL_IN", part).missingCategories()).contains(INFRA);
    }

    @Test
    void atAmortizedAClaimIsItsOwnedValueOrUnpricedNeverPricedAnotherWay() {
        TotalPart part = part(
                "m",
                claim("owned").includes(FINAL).gpuHours("1000", "a100").amortized("2122.73"),
                claim("rented").includes(OTHER).compute("1000", "a100", "2.00"),
                claim("stated").includes(DATA).amount("50"));

        ScopedTotal total = calculator.total(new ScopeRequest("ALL_IN", false, RateKind.AMORTIZED), List.of(part));

        assertThat(total.contributions())
                .extracting(Contribution::claim, Contribution::lowUsd, Contribution::derived, Contribution::rate)
                .containsExactlyInAnyOrder(
                        tuple("owned", usd("2122.73"), true, null),
                        // a claim without GPU-hours keeps its stated amount, as at any rate kind
                        tuple("stated", usd("50.00"), false, null));
        assertThat(total.skipped())
                .extracting(Skip::claim, Skip::reason)
                .containsExactly(tuple("rented", SkipReason.UNPRICED));
    }

    @Test
    void workedExampleV3Training() {
        ScopedTotal total =
                workedExample.total(new ScopeRequest("TRAINING", false, null), List.of(workedPart(WorkedExample.V3)));

        assertThat(total.lowUsd()).isEqualTo(usd("5576000.00"));
        assertThat(total.highUsd()).isEqualTo(usd("5576000.00"));
        assertThat(total.complete()).isTrue();
        assertThat(total.lowerBound()).isFalse();
        assertThat(total.coveredCategories()).containsExactly(FINAL, OTHER);
        assertThat(total.missingCategories()).isEmpty();
        assertThat(total.contributions())
                .extracting(Contribution::claim, Contribution::model, Contribution::categories, Contribution::derived)
                .containsExactly(tuple("deepseek-v3-total", "deepseek-v3", List.of(FINAL, OTHER), false));
        assertThat(total.skipped())
                .extracting(Skip::claim, Skip::reason, Skip::byClaim)
                .containsExactly(
                        tuple("deepseek-v3-context-extension", SkipReason.OVERLAP, "deepseek-v3-total"),
                        tuple("deepseek-v3-post-training", SkipReason.OVERLAP, "deepseek-v3-total"),
                        tuple("deepseek-v3-pretraining", SkipReason.OVERLAP, "deepseek-v3-total"));
    }

    @Test
    void workedExampleV3FinalRun() {
        ScopedTotal total =
                workedExample.total(new ScopeRequest("FINAL_RUN", false, null), List.of(workedPart(WorkedExample.V3)));

        assertThat(total.lowUsd()).isEqualTo(usd("5328000.00"));
        assertThat(total.highUsd()).isEqualTo(usd("5328000.00"));
        assertThat(total.complete()).isTrue();
        assertThat(total.contributions()).extracting(Contribution::claim).containsExactly("deepseek-v3-pretraining");
        assertThat(total.skipped())
                .extracting(Skip::claim, Skip::reason)
                .containsExactly(
                        tuple("deepseek-v3-total", SkipReason.OUTSIDE_SCOPE),
                        tuple("deepseek-v3-context-extension", SkipReason.OUTSIDE_SCOPE),
                        tuple("deepseek-v3-post-training", SkipReason.OUTSIDE_SCOPE));
    }

    @Test
    void workedExampleV3AllInIsALowerBound() {
        ScopedTotal total =
                workedExample.total(new ScopeRequest("ALL_IN", false, null), List.of(workedPart(WorkedExample.V3)));

        assertThat(total.lowUsd()).isEqualTo(usd("5576000.00"));
        assertThat(total.highUsd()).isEqualTo(usd("5576000.00"));
        assertThat(total.complete()).isFalse();
        assertThat(total.lowerBound()).isTrue();
        assertThat(total.missingCategories()).containsExactly(RESEARCH, DATA, INFRA, PERSONNEL, OVERHEAD);
    }

    @Test
    void workedExampleV3TrainingRepricedOnDemand() {
        ScopedTotal total = workedExample.total(
                new ScopeRequest("TRAINING", false, RateKind.ON_DEMAND), List.of(workedPart(WorkedExample.V3)));

        assertThat(total.lowUsd()).isEqualTo(usd("9534960.00"));
        assertThat(total.highUsd()).isEqualTo(usd("9534960.00"));
        assertThat(total.contributions())
                .extracting(Contribution::claim, Contribution::lowUsd, Contribution::derived)
                .containsExactly(tuple("deepseek-v3-total", usd("9534960.00"), true));
    }

    @Test
    void workedExampleR1TrainingWithLineage() {
        ScopedTotal total = workedExample.total(
                new ScopeRequest("TRAINING", false, null),
                List.of(workedPart(WorkedExample.R1), workedPart(WorkedExample.V3)));

        assertThat(total.model()).isEqualTo("deepseek-r1");
        assertThat(total.lowUsd()).isEqualTo(usd("5870000.00"));
        assertThat(total.highUsd()).isEqualTo(usd("5870000.00"));
        assertThat(total.complete()).isTrue();
        assertThat(total.lowerBound()).isFalse();
        assertThat(total.contributions())
                .extracting(Contribution::claim, Contribution::model, Contribution::lowUsd)
                .containsExactly(
                        tuple("deepseek-r1-rl", "deepseek-r1", usd("294000.00")),
                        tuple("deepseek-v3-total", "deepseek-v3", usd("5576000.00")));
        assertThat(total.skipped())
                .extracting(Skip::claim, Skip::reason)
                .containsExactly(
                        tuple("varshney-r1-built-for", SkipReason.FLAGGED),
                        tuple("deepseek-v3-context-extension", SkipReason.OVERLAP),
                        tuple("deepseek-v3-post-training", SkipReason.OVERLAP),
                        tuple("deepseek-v3-pretraining", SkipReason.OVERLAP));
    }

    @Test
    void includeFlaggedTakesClaimsWithErrors() {
        ScopedTotal total =
                workedExample.total(new ScopeRequest("TRAINING", true, null), List.of(workedPart(WorkedExample.R1)));

        assertThat(total.contributions()).extracting(Contribution::claim).containsExactly("deepseek-r1-rl");
        assertThat(total.skipped())
                .extracting(Skip::claim, Skip::reason, Skip::byClaim)
                .containsExactly(tuple("varshney-r1-built-for", SkipReason.OVERLAP, "deepseek-r1-rl"));
    }

    @Test
    void sourceKindOutranksCategoryCount() {
        ScopedTotal total = total(
                "TRAINING",
                part(
                        "m",
                        claim("press")
                                .kind(SourceKind.PRESS)
                                .includes(FINAL, OTHER)
                                .amount("10"),
                        claim("primary")
                                .kind(SourceKind.PRIMARY_DISCLOSURE)
                                .includes(FINAL)
                                .amount("5")));

        assertThat(total.contributions()).extracting(Contribution::claim).containsExactly("primary");
        assertThat(total.skipped())
                .extracting(Skip::claim, Skip::reason, Skip::byClaim)
                .containsExactly(tuple("press", SkipReason.OVERLAP, "primary"));
        assertThat(total.missingCategories()).containsExactly(OTHER);
    }

    @Test
    void moreCategoriesOutrankNewerDates() {
        ScopedTotal total = total(
                "TRAINING",
                part(
                        "m",
                        claim("newer").date("2025-01-01").includes(FINAL).amount("1"),
                        claim("wider").date("2020-01-01").includes(FINAL, OTHER).amount("2")));

        assertThat(total.contributions()).extracting(Contribution::claim).containsExactly("wider");
    }

    @Test
    void newerDatesComeFirstAndUndatedClaimsLast() {
        ScopedTotal total = total(
                "FINAL_RUN",
                part(
                        "m",
                        claim("undated").date(null).amount("1"),
                        claim("older").date("2020-01-01").amount("2"),
                        claim("newer").date("2025-01-01").amount("3")));

        assertThat(total.contributions()).extracting(Contribution::claim).containsExactly("newer");
        assertThat(total.skipped()).extracting(Skip::claim).containsExactly("older", "undated");
    }

    @Test
    void keyBreaksTheLastTie() {
        ScopedTotal total =
                total("FINAL_RUN", part("m", claim("b").amount("1"), claim("a").amount("2")));

        assertThat(total.contributions()).extracting(Contribution::claim).containsExactly("a");
        assertThat(total.lowUsd()).isEqualTo(usd("2.00"));
    }

    @Test
    void overlapNamesTheFirstTakenClaimItOverlaps() {
        ScopedTotal total = total(
                "ALL_IN",
                part(
                        "m",
                        claim("a").includes(FINAL, OTHER, RESEARCH).amount("1"),
                        claim("b").includes(DATA).amount("1"),
                        claim("c").kind(SourceKind.PRESS).includes(DATA, FINAL).amount("1")));

        assertThat(total.skipped())
                .extracting(Skip::claim, Skip::reason, Skip::byClaim)
                .containsExactly(tuple("c", SkipReason.OVERLAP, "a"));
        assertThat(total.coveredCategories()).containsExactly(FINAL, OTHER, RESEARCH, DATA);
        assertThat(total.lowUsd()).isEqualTo(usd("2.00"));
    }

    @Test
    void outsideScopeComesBeforeFlaggedAndFlaggedBeforeUnpriced() {
        Flag error = new Flag(FlagCode.ARITHMETIC_MISMATCH, Severity.ERROR, "x", List.of());
        Flag warning = new Flag(FlagCode.UNSTATED_EXCLUSIONS, Severity.WARNING, "x", List.of(DATA));
        TotalPart part = new TotalPart(
                "m",
                List.of(
                        new AssessedClaim(
                                claim("wide").includes(FINAL, DATA).amount("1").facts(), List.of(error)),
                        new AssessedClaim(claim("flagged").facts(), List.of(error)),
                        new AssessedClaim(claim("warned").amount("7").facts(), List.of(warning))));

        ScopedTotal total = calculator.total(new ScopeRequest("FINAL_RUN", false, null), List.of(part));

        assertThat(total.skipped())
                .extracting(Skip::claim, Skip::reason)
                .containsExactly(tuple("wide", SkipReason.OUTSIDE_SCOPE), tuple("flagged", SkipReason.FLAGGED));
        assertThat(total.contributions()).extracting(Contribution::claim).containsExactly("warned");
    }

    @Test
    void openEndedRangeLeavesTheHighEndUnbounded() {
        ScopedTotal total = total(
                "TRAINING",
                part(
                        "m",
                        claim("a").includes(FINAL).range("100000000", null),
                        claim("b").includes(OTHER).amount("5")));

        assertThat(total.lowUsd()).isEqualTo(usd("100000005.00"));
        assertThat(total.highUsd()).isNull();
        assertThat(total.complete()).isTrue();
        assertThat(total.lowerBound()).isTrue();
        assertThat(total.contributions()).extracting(Contribution::highUsd).containsExactly(null, usd("5.00"));
    }

    @Test
    void aMissingLowCountsAsZero() {
        ScopedTotal total = total("FINAL_RUN", part("m", claim("a").range(null, "50")));

        assertThat(total.lowUsd()).isEqualTo(usd("0.00"));
        assertThat(total.highUsd()).isEqualTo(usd("50.00"));
    }

    @Test
    void computeWithoutAmountIsPricedAtItsOwnRateThenOnDemand() {
        ScopedTotal total = total(
                "ALL_IN",
                part(
                        "m",
                        claim("own").includes(FINAL).compute("1000", "a100", "1.50"),
                        claim("dated").includes(OTHER).date("2023-06-01").compute("1000", "a100", null),
                        claim("undated").includes(RESEARCH).date(null).compute("1000", "a100", null),
                        claim("nothing").includes(DATA).compute("1000", "tpu", null)));

        assertThat(total.contributions())
                .extracting(Contribution::claim, Contribution::lowUsd, Contribution::derived)
                .containsExactly(
                        tuple("own", usd("1500.00"), true),
                        tuple("dated", usd("4000.00"), true),
                        tuple("undated", usd("2000.00"), true));
        assertThat(total.skipped())
                .extracting(Skip::claim, Skip::reason)
                .containsExactly(tuple("nothing", SkipReason.UNPRICED));
    }

    @Test
    void aRateKindWithoutRateLeavesTheClaimUnpricedEvenWithAnAmount() {
        ScopedTotal total = calculator.total(
                new ScopeRequest("FINAL_RUN", false, RateKind.COMMITTED_3Y),
                List.of(part(
                        "m",
                        claim("a").amount("10").compute("5", "a100", "2"),
                        claim("b").amount("3"))));

        assertThat(total.skipped())
                .extracting(Skip::claim, Skip::reason)
                .containsExactly(tuple("a", SkipReason.UNPRICED));
        assertThat(total.contributions())
                .extracting(Contribution::claim, Contribution::lowUsd, Contribution::derived)
                .containsExactly(tuple("b", usd("3.00"), false));
    }

    @Test
    void eachPartIsWalkedAloneAndListedInOrder() {
        ScopedTotal total = total(
                "TRAINING",
                part("child", claim("c1").includes(OTHER).amount("1")),
                part(
                        "base",
                        claim("b1").includes(OTHER).amount("2"),
                        claim("b2").includes(FINAL).amount("4")),
                part("root", claim("r1").includes(FINAL, OTHER).amount("8")));

        assertThat(total.contributions())
                .extracting(Contribution::claim, Contribution::model)
                .containsExactly(tuple("c1", "child"), tuple("b1", "base"), tuple("b2", "base"), tuple("r1", "root"));
        assertThat(total.lowUsd()).isEqualTo(usd("15.00"));
    }

    @Test
    void nothingToTakeGivesZeroAndMissesTheWholeScope() {
        ScopedTotal total = total("DEVELOPMENT", part("m"));

        assertThat(total.lowUsd()).isEqualTo(usd("0.00"));
        assertThat(total.highUsd()).isEqualTo(usd("0.00"));
        assertThat(total.complete()).isFalse();
        assertThat(total.lowerBound()).isTrue();
        assertThat(total.missingCategories()).containsExactly(FINAL, OTHER, RESEARCH, DATA, PERSONNEL);
    }
}
