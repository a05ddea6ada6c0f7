package io.costledger.analysis;

import static io.costledger.analysis.Fixtures.DATA;
import static io.costledger.analysis.Fixtures.FINAL;
import static io.costledger.analysis.Fixtures.INFRA;
import static io.costledger.analysis.Fixtures.OTHER;
import static io.costledger.analysis.Fixtures.OVERHEAD;
import static io.costledger.analysis.Fixtures.PERSONNEL;
import static io.costledger.analysis.Fixtures.RESEARCH;
import static io.costledger.analysis.Fixtures.claim;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ClaimFlaggerTest {

    private static final String[] ALL = {FINAL, OTHER, RESEARCH, DATA, INFRA, PERSONNEL, OVERHEAD};

    private final ClaimFlagger flagger = new ClaimFlagger(Fixtures.TAXONOMY);

    /** A claim that states every category, so that only the flag under test can be raised. */
    private static Fixtures.Claim stated(String key) {
        return claim(key).includes(FINAL).excludes(OTHER, RESEARCH, DATA, INFRA, PERSONNEL, OVERHEAD);
    }

    private List<FlagCode> codes(Fixtures.Claim claim, Fixtures.Claim cited) {
        return flagger.flag(claim.facts(), cited == null ? null : cited.facts()).stream()
                .map(Flag::code)
                .toList();
    }

    @Test
    void workedExampleV3TotalLeavesFourCategoriesUnstated() {
        List<Flag> flags = flagger.flag(WorkedExample.V3_TOTAL, null);

        assertThat(flags)
                .containsExactly(new Flag(
                        FlagCode.UNSTATED_EXCLUSIONS,
                        Severity.WARNING,
                        "Does not say whether it covers DATA, INFRASTRUCTURE, PERSONNEL, OVERHEAD.",
                        List.of(DATA, INFRA, PERSONNEL, OVERHEAD)));
    }

    @Test
    void workedExampleR1ReinforcementLearningMissesTheFinalRun() {
        List<Flag> flags = flagger.flag(WorkedExample.R1_RL, null);

        assertThat(flags)
                .extracting(Flag::code)
                .containsExactly(FlagCode.UNSTATED_EXCLUSIONS, FlagCode.MISSING_CATEGORIES);
        assertThat(flags.get(1).categories()).containsExactly(FINAL);
        assertThat(flags.get(1).message()).isEqualTo("Presented as TRAINING but does not include FINAL_TRAINING_RUN.");
    }

    @Test
    void workedExampleCommentaryCarriesFourFlagsInTableOrder() {
        List<Flag> flags = flagger.flag(WorkedExample.R1_COMMENTARY, WorkedExample.V3_TOTAL);

        List<String> five = List.of(RESEARCH, DATA, INFRA, PERSONNEL, OVERHEAD);
        assertThat(flags)
                .extracting(Flag::code)
                .containsExactly(
                        FlagCode.UNSTATED_EXCLUSIONS,
                        FlagCode.MISSING_CATEGORIES,
                        FlagCode.SCOPE_DRIFT,
                        FlagCode.MISATTRIBUTED_MODEL);
        assertThat(flags).extracting(Flag::categories).containsExactly(five, five, five, List.of());
        assertThat(flags)
                .extracting(Flag::severity)
                .containsExactly(Severity.WARNING, Severity.WARNING, Severity.WARNING, Severity.ERROR);
        assertThat(flags.get(2).message())
                .isEqualTo("Presented as ALL_IN while the cited claim deepseek-v3-total is presented as TRAINING: adds "
                        + "RESEARCH_AND_EXPERIMENTS, DATA, INFRASTRUCTURE, PERSONNEL, OVERHEAD.");
        assertThat(flags.get(3).message())
                .isEqualTo(
                        "About model deepseek-r1 but cites claim deepseek-v3-total, which is about model deepseek-v3.");
    }

    @Test
    void aClaimThatStatesEveryCategoryAndCitesNothingHasNoFlags() {
        assertThat(codes(stated("a"), null)).isEmpty();
    }

    @Test
    void unstatedExclusionsNamesOnlyTheSilentCategories() {
        List<Flag> flags = flagger.flag(
                claim("a")
                        .includes(FINAL, OTHER)
                        .excludes(RESEARCH, DATA, PERSONNEL)
                        .facts(),
                null);

        assertThat(flags).singleElement().satisfies(flag -> {
            assertThat(flag.code()).isEqualTo(FlagCode.UNSTATED_EXCLUSIONS);
            assertThat(flag.categories()).containsExactly(INFRA, OVERHEAD);
        });
    }

    @Test
    void missingCategoriesIsNotRaisedWhenTheFigureCoversItsPresentedScope() {
        assertThat(codes(stated("a").includes(FINAL).presentedAs("FINAL_RUN"), null))
                .isEmpty();
        assertThat(codes(stated("a").includes(FINAL).presentedAs("TRAINING"), null))
                .containsExactly(FlagCode.MISSING_CATEGORIES);
    }

    @Test
    void scopeDriftNeedsBothScopesAndAWiderCitingScope() {
        Fixtures.Claim cited = stated("cited").presentedAs("FINAL_RUN");

        assertThat(codes(stated("a").presentedAs("FINAL_RUN").cites("cited"), cited))
                .isEmpty();
        assertThat(codes(
                        stated("a").presentedAs("FINAL_RUN").cites("cited"),
                        stated("cited").presentedAs("ALL_IN")))
                .isEmpty();
        assertThat(codes(stated("a").cites("cited"), stated("cited").presentedAs("TRAINING")))
                .isEmpty();
        assertThat(codes(stated("a").presentedAs("TRAINING").cites("cited"), stated("cited")))
                .containsExactly(FlagCode.MISSING_CATEGORIES);
        assertThat(flagger.flag(
                        stated("a")
                                .includes(FINAL, OTHER)
                                .presentedAs("TRAINING")
                                .cites("cited")
                                .facts(),
                        cited.facts()))
                .singleElement()
                .satisfies(flag -> {
                    assertThat(flag.code()).isEqualTo(FlagCode.SCOPE_DRIFT);
                    assertThat(flag.categories()).containsExactly(OTHER);
                });
    }

    @ParameterizedTest(name = "claim about {0} citing a claim about {1}: raised {2}")
    @CsvSource(
            nullValues = "-",
            value = {"m1, m2, true", "m1, m1, false", "m1, -, false", "-, m2, false", "-, -, false"})
    void misattributedModelNeedsTwoDifferentModels(String model, String citedModel, boolean raised) {
        List<FlagCode> codes =
                codes(stated("a").model(model).cites("c"), stated("c").model(citedModel));

        assertThat(codes.contains(FlagCode.MISATTRIBUTED_MODEL)).isEqualTo(raised);
    }

    @ParameterizedTest(name = "{0} h x {1} against [{2}, {3}]: raised {4}")
    @CsvSource(
            nullValues = "-",
            value = {
                "99, 1, 100, 100, false", // exactly low x 0.99
                "98.99, 1, 100, 100, true", // just under it
                "101, 1, 100, 100, false", // exactly high x 1.01
                "101.01, 1, 100, 100, true", // just over it
                "2788000, 2.00, 5576000, 5576000, false", // the worked example
                "1000000000, 1, 100, -, false", // no upper check when the high end is unbounded
                "99, 1, 100, -, false",
                "98, 1, 100, -, true",
                "1, 1, -, 100, false", // a missing low counts as zero
                "102, 1, -, 100, true",
                "50, 2, 80, 120, false" // inside a range
            })
    void arithmeticMismatchAllowsOnePercent(String hours, String rate, String low, String high, boolean raised) {
        List<FlagCode> codes = codes(stated("a").range(low, high).compute(hours, "h", rate), null);

        assertThat(codes.contains(FlagCode.ARITHMETIC_MISMATCH)).isEqualTo(raised);
    }

    @Test
    void arithmeticMismatchNeedsHoursRateAndAmount() {
        assertThat(codes(stated("a").compute("10", "h", "1"), null)).isEmpty();
        assertThat(codes(stated("a").amount("5").compute("10", "h", null), null))
                .isEmpty();
    }

    @Test
    void arithmeticMismatchMessageGivesTheNumbers() {
        List<Flag> flags =
                flagger.flag(stated("a").amount("100").compute("50", "h", "1.5").facts(), null);

        assertThat(flags)
                .singleElement()
                .extracting(Flag::message)
                .isEqualTo("50 GPU-hours x USD 1.5 = USD 75, outside the stated amount allowing 1%: USD 99 to 101.");
    }

    @ParameterizedTest(name = "{0} vs {1}: raised {2}")
    @CsvSource({
        "100, 110, false", // 10 / 110 = 9.1%
        "90, 100, false", // exactly 10%
        "89.99, 100, true", // just over 10%
        "100, 89.99, true", // symmetric
        "0, 0, false",
        "5600000, 5576000, false" // the worked example's commentary
    })
    void citationMismatchAllowsTenPercentOnAmounts(String amount, String citedAmount, boolean raised) {
        List<FlagCode> codes =
                codes(stated("a").amount(amount).cites("c"), stated("c").amount(citedAmount));

        assertThat(codes.contains(FlagCode.CITATION_MISMATCH)).isEqualTo(raised);
    }

    @Test
    void citationMismatchComparesEachFieldBothClaimsState() {
        Fixtures.Claim cited = stated("c").amount("100").compute("1000", "h", "0.1");

        assertThat(codes(stated("a").compute("2000", "h", null).cites("c"), cited))
                .containsExactly(FlagCode.CITATION_MISMATCH);
        assertThat(codes(stated("a").compute("1000", "h", "0.2").cites("c"), cited))
                .containsExactly(FlagCode.CITATION_MISMATCH);
        assertThat(codes(stated("a").range("100", null).cites("c"), cited)).isEmpty();
        assertThat(codes(stated("a").range(null, "200").cites("c"), cited)).containsExactly(FlagCode.CITATION_MISMATCH);
        assertThat(codes(
                        stated("a").compute("1", "h", null).cites("c"),
                        stated("c").amount("1")))
                .isEmpty();
    }

    @Test
    void citationMismatchMessageListsEveryDifference() {
        List<Flag> flags = flagger.flag(
                stated("a").amount("200").compute("10", "h", null).cites("c").facts(),
                stated("c").amount("100").compute("20", "h", null).facts());

        assertThat(flags)
                .singleElement()
                .extracting(Flag::message)
                .isEqualTo(
                        "Differs by more than 10% from the cited claim c: gpuHours 10 vs 20; amountLowUsd 200 vs 100; "
                                + "amountHighUsd 200 vs 100.");
    }

    @Test
    void everyFlagAtOnceComesInTableOrder() {
        Fixtures.Claim cited =
                claim("c").model("other").includes(ALL).presentedAs("FINAL_RUN").amount("1");
        Fixtures.Claim claim = claim("a")
                .includes(FINAL)
                .presentedAs("ALL_IN")
                .amount("100")
                .compute("10", "h", "1")
                .flop("1E+20", "1E+12")
                .cites("c");

        // CONFLICTING_ESTIMATES needs a claim without ERROR flags (ConflictsTest)
        assertThat(codes(claim, cited))
                .containsExactly(java.util.Arrays.stream(FlagCode.values())
                        .filter(code -> code != FlagCode.CONFLICTING_ESTIMATES)
                        .toArray(FlagCode[]::new));
    }

    // part 2: compute facts

    @ParameterizedTest(name = "{0} FLOP in 1 GPU-hour at 1E+12 FLOP/s: implausible {1}")
    @CsvSource({"3.6E+15, false", "3.60018E+15, false", "3.60036E+15, true"})
    void implausibleComputeIsAUtilizationAbove1AsRounded(String flop, boolean flagged) {
        assertThat(codes(stated("c").gpuHours("1", "gpu").flop(flop, "1E+12"), null))
                .isEqualTo(flagged ? List.of(FlagCode.IMPLAUSIBLE_COMPUTE) : List.of());
    }

    @Test
    void implausibleComputeIsAnErrorThatSaysWhy() {
        List<Flag> flags = flagger.flag(
                stated("c")
                        .chips(1024, "792")
                        .gpuHours(null, "a100")
                        .flop("1E+27", "3.12E+14")
                        .facts(),
                null);

        assertThat(flags)
                .containsExactly(new Flag(
                        FlagCode.IMPLAUSIBLE_COMPUTE,
                        Severity.ERROR,
                        "Implies a utilization of 1097.7862: 1E+27 FLOP in 811008 GPU-hours at a peak of 3.12E+14"
                                + " FLOP/s per chip is more than the hardware can do.",
                        List.of()));
    }

    @Test
    void workedExampleOpt175bIsPlausible() {
        ClaimFacts log = stated("opt175b-logbook")
                .chips(1024, "792")
                .gpuHours(null, "a100-80gb")
                .flop("4.30E+23", "3.12E+14")
                .facts();

        assertThat(log.gpuHours()).isEqualTo(new java.math.BigDecimal("811008.00"));
        assertThat(log.gpuHoursDerived()).isTrue();
        assertThat(log.impliedUtilization()).isEqualTo(new java.math.BigDecimal("0.4720"));
        assertThat(flagger.flag(log, null)).isEmpty();
    }

    @ParameterizedTest(name = "{0} chips x {1} h against 1000 stated GPU-hours: mismatch {2}")
    @CsvSource({"10, 90, false", "10, 89.99, true", "10, 110, false", "10, 110.01, true"})
    void chipsTimesHoursMayDifferFromStatedGpuHoursByTenPercent(int chips, String hours, boolean flagged) {
        assertThat(codes(stated("c").gpuHours("1000", "gpu").chips(chips, hours), null))
                .isEqualTo(flagged ? List.of(FlagCode.ARITHMETIC_MISMATCH) : List.of());
    }

    @Test
    void oneArithmeticMismatchNamesBothChecksThatFail() {
        List<Flag> flags = flagger.flag(
                stated("c")
                        .compute("1000", "gpu", "2")
                        .amount("5000")
                        .chips(10, "50")
                        .facts(),
                null);

        assertThat(flags).hasSize(1);
        assertThat(flags.get(0).message())
                .isEqualTo("1000 GPU-hours x USD 2 = USD 2000, outside the stated amount allowing 1%: USD 4950 to 5050."
                        + " chipCount x durationHours = 10 x 50 = 500 GPU-hours, outside the stated 1000 GPU-hours"
                        + " allowing 10%: 900 to 1100.");
    }

    @Test
    void derivedGpuHoursArePricedAndComparedLikeStatedOnes() {
        // 8 x 125 = 1000 derived GPU-hours x USD 2 = 2000 against a stated USD 5,000
        assertThat(codes(stated("c").chips(8, "125").compute(null, "gpu", "2").amount("5000"), null))
                .containsExactly(FlagCode.ARITHMETIC_MISMATCH);
        // derived GPU-hours are never checked against themselves
        assertThat(codes(stated("c").chips(8, "125").compute(null, "gpu", "2").amount("2000"), null))
                .isEmpty();
        // a repeat stating 1000 GPU-hours of a claim deriving 1500 differs by more than 10%
        assertThat(codes(
                        stated("repeat").gpuHours("1000", "gpu").cites("original"),
                        stated("original").chips(10, "150")))
                .containsExactly(FlagCode.CITATION_MISMATCH);
    }
}
