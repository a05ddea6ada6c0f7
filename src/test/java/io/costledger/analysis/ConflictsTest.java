package io.costledger.analysis;

import static io.costledger.analysis.Fixtures.DATA;
import static io.costledger.analysis.Fixtures.FINAL;
import static io.costledger.analysis.Fixtures.OTHER;
import static io.costledger.analysis.Fixtures.claim;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** SEMANTICS.md part 2, "Which claims are compared" and "Conflict": CONFLICTING_ESTIMATES over a set of claims. */
class ConflictsTest {

    private static final RateBook RATES = new RateBook(List.of(
            new HourlyRate("a100", RateKind.ON_DEMAND, Fixtures.usd("5.12"), LocalDate.parse("2022-11-01"), "AWS")));
    private final ClaimFlagger flagger = new ClaimFlagger(Fixtures.TAXONOMY, RATES);

    /** The CONFLICTING_ESTIMATES message of each claim that carries one, by key. */
    private Map<String, String> conflicts(Fixtures.Claim... claims) {
        List<ClaimFacts> facts =
                Arrays.stream(claims).map(Fixtures.Claim::facts).toList();
        Map<String, ClaimFacts> byKey = new LinkedHashMap<>();
        facts.forEach(claim -> byKey.put(claim.key(), claim));
        Map<String, String> found = new LinkedHashMap<>();
        flagger.flagAll(facts, byKey::get)
                .forEach((key, flags) -> flags.stream()
                        .filter(flag -> flag.code() == FlagCode.CONFLICTING_ESTIMATES)
                        .forEach(flag -> found.put(key, flag.message())));
        return found;
    }

    @Test
    void workedExampleR1EstimatesConflictByAFactorOf340() {
        Map<String, String> found = conflicts(
                claim("epoch-r1-rl")
                        .model("r1")
                        .kind(SourceKind.ANALYST_ESTIMATE)
                        .includes(OTHER)
                        .amount("1000000"),
                claim("nature-r1-rl").model("r1").includes(OTHER).amount("294000"));

        assertThat(found)
                .containsExactly(
                        Map.entry("epoch-r1-rl", "Lies more than a factor 2 from nature-r1-rl (x3.40)."),
                        Map.entry("nature-r1-rl", "Lies more than a factor 2 from epoch-r1-rl (x3.40)."));
    }

    @Test
    void aPurchaseConflictsOnlyWithOtherPurchases() {
        Map<String, String> found = conflicts(
                claim("facility-share").model("m").includes(Fixtures.INFRA).amount("5000000"),
                claim("gpus")
                        .model("m")
                        .includes(Fixtures.INFRA)
                        .amount("400000000")
                        .capitalExpense(),
                claim("cluster")
                        .model("m")
                        .includes(Fixtures.INFRA)
                        .amount("1000000000")
                        .capitalExpense());

        // x80 from the ordinary claim is never a conflict; x2.50 between the two purchases is
        assertThat(found)
                .containsExactly(
                        Map.entry("gpus", "Lies more than a factor 2 from cluster (x2.50)."),
                        Map.entry("cluster", "Lies more than a factor 2 from gpus (x2.50)."));
    }

    @Test
    void aMessageNamesTheFirstTenConflictsAndCountsTheRest() {
        // one claim of USD 100 against forty of USD 1,000 to 1,039, each from a source of its own
        Fixtures.Claim[] group = new Fixtures.Claim[41];
        group[0] = claim("low").amount("100");
        for (int i = 1; i <= 40; i++) {
            group[i] = claim("x".repeat(180) + "-%02d".formatted(i)).amount(String.valueOf(999 + i));
        }

        String message = conflicts(group).get("low");

        assertThat(message)
                .startsWith("Lies more than a factor 2 from " + "x".repeat(180) + "-01 (x10.00), ")
                .endsWith("x".repeat(180) + "-10 (x10.09) and 30 more.")
                .hasSizeLessThan(4000);
        assertThat(message.split("\\(x")).hasSize(11);
    }

    @Test
    void workedExampleV3PartsOfOneSourceAreNotCompared() {
        List<ClaimFacts> v3 = List.of(WorkedExample.V3_CONTEXT_EXTENSION, WorkedExample.V3_POST_TRAINING);

        Map<String, List<Flag>> flags = flagger.flagAll(v3, key -> null);

        assertThat(flags.values())
                .allSatisfy(
                        list -> assertThat(list).extracting(Flag::code).doesNotContain(FlagCode.CONFLICTING_ESTIMATES));
    }

    @Test
    void theCodeIsAWarningWithoutCategoriesAfterEveryOtherFlag() {
        ClaimFacts a = claim("a").includes(OTHER).amount("100").facts();
        ClaimFacts b = claim("b").includes(OTHER).amount("1000").facts();

        List<Flag> flags = flagger.flagAll(List.of(a, b), key -> null).get("a");

        assertThat(flags)
                .extracting(Flag::code)
                .containsExactly(FlagCode.UNSTATED_EXCLUSIONS, FlagCode.CONFLICTING_ESTIMATES);
        assertThat(flags.get(1).severity()).isEqualTo(Severity.WARNING);
        assertThat(flags.get(1).categories()).isEmpty();
    }

    @ParameterizedTest(name = "{0} against {1}: conflict {2}")
    @CsvSource({
        "200, 100, false", // exactly twice: not more than a factor 2
        "200.01, 100, true",
        "100, 200.01, true",
        "199.99, 100, false"
    })
    void aFactorOfExactly2IsNoConflict(String a, String b, boolean conflict) {
        assertThat(conflicts(claim("a").amount(a), claim("b").amount(b))).hasSize(conflict ? 2 : 0);
    }

    @Test
    void theMessageNamesEveryConflictingClaimInPreferenceOrderWithItsFactor() {
        Map<String, String> found = conflicts(
                claim("press").kind(SourceKind.PRESS).amount("1000"),
                claim("disclosure").amount("10"),
                claim("estimate-old")
                        .kind(SourceKind.ANALYST_ESTIMATE)
                        .date("2020-01-01")
                        .amount("30"),
                claim("estimate-new")
                        .kind(SourceKind.ANALYST_ESTIMATE)
                        .date("2024-06-01")
                        .amount("45"));

        assertThat(found)
                .containsEntry(
                        "press",
                        "Lies more than a factor 2 from disclosure (x100.00), estimate-new (x22.22),"
                                + " estimate-old (x33.33).")
                .containsEntry(
                        "disclosure",
                        "Lies more than a factor 2 from estimate-new (x4.50), estimate-old (x3.00), press (x100.00).")
                .containsEntry("estimate-old", "Lies more than a factor 2 from disclosure (x3.00), press (x33.33).")
                .containsEntry("estimate-new", "Lies more than a factor 2 from disclosure (x4.50), press (x22.22).");
    }

    @Test
    void unboundedHighsAndHighsOf0() {
        // "more than USD 1,000" against USD 100: 1000 > 2 x 100
        assertThat(conflicts(
                        claim("more-than").range("1000", null), claim("point").amount("100")))
                .containsEntry("point", "Lies more than a factor 2 from more-than (x10.00).");
        // an unbounded high is never below anything
        assertThat(conflicts(
                        claim("more-than").range("10", null), claim("point").amount("1000")))
                .isEmpty();
        // a high of 0 is below any positive low; the only term with a positive denominator is 0 / 5
        assertThat(conflicts(claim("zero").amount("0"), claim("five").amount("5")))
                .containsEntry("zero", "Lies more than a factor 2 from five (x0.00).");
        // no term has a positive, bounded denominator
        assertThat(conflicts(claim("zero").amount("0"), claim("more-than").range("5", null)))
                .containsEntry("zero", "Lies more than a factor 2 from more-than (no finite factor).");
    }

    @Test
    void claimsValuedFromGpuHoursAtTheirOwnOrTheOnDemandRate() {
        Map<String, String> found = conflicts(
                claim("log").date("2022-01-07").gpuHours("811008", "a100"), // 4,152,360.96 at 5.12
                claim("own-rate").compute("811008", "a100", "1.00"), // 811,008.00
                claim("stated").amount("4000000"));

        assertThat(found)
                .containsEntry("log", "Lies more than a factor 2 from own-rate (x5.12).")
                .containsEntry("stated", "Lies more than a factor 2 from own-rate (x4.93).");
    }

    @Test
    void claimsWithoutAValueAreNotCompared() {
        assertThat(conflicts(
                        claim("unpriced").gpuHours("1000", "tpu-v9"),
                        claim("cheap").amount("1")))
                .isEmpty();
    }

    @Test
    void onlyClaimsAboutTheSameModelAreCompared() {
        assertThat(conflicts(
                        claim("a").model("m1").amount("100"),
                        claim("b").model("m2").amount("1000")))
                .isEmpty();
    }

    @Test
    void organizationWideClaimsAreNeverCompared() {
        assertThat(conflicts(
                        claim("a").model(null).amount("100"),
                        claim("b").model(null).amount("1000")))
                .isEmpty();
    }

    @Test
    void onlyClaimsIncludingExactlyTheSameCategoriesAreCompared() {
        assertThat(conflicts(
                        claim("a").includes(FINAL).amount("100"),
                        claim("b").includes(FINAL, OTHER).amount("1000")))
                .isEmpty();
        assertThat(conflicts(
                        claim("a").includes(FINAL, DATA).amount("100"),
                        claim("b").includes(DATA, FINAL).amount("1000")))
                .hasSize(2);
    }

    @Test
    void claimsOfOneSourceAreNotCompared() {
        assertThat(conflicts(
                        claim("a").source("report").amount("100"),
                        claim("b").source("report").amount("1000")))
                .isEmpty();
    }

    @Test
    void aClaimAndTheClaimItCitesAreNotCompared() {
        // the cited claim states GPU-hours only (USD 5,120 on demand) and the repeat an amount only: the two share no
        // figure, so CITATION_MISMATCH has nothing to compare and only the citation keeps them apart
        assertThat(conflicts(
                        claim("original").gpuHours("1000", "a100"),
                        claim("repeat").cites("original").amount("100")))
                .isEmpty();
        assertThat(conflicts(
                        claim("original").gpuHours("1000", "a100"),
                        claim("repeat").amount("100")))
                .containsEntry("repeat", "Lies more than a factor 2 from original (x51.20).");
    }

    @Test
    void claimsLinkedByCitationsAreNotCompared() {
        // siblings: both cite the same claim
        assertThat(conflicts(
                        claim("root").gpuHours("1000", "a100"),
                        claim("a").cites("root").amount("100"),
                        claim("b").cites("root").amount("1000")))
                .isEmpty();
        // a chain: a cites x, which cites the claim b cites
        assertThat(conflicts(
                        claim("root").gpuHours("1000", "a100"),
                        claim("x").cites("root").gpuHours("1000", "a100"),
                        claim("a").cites("x").amount("100"),
                        claim("b").cites("root").amount("1000")))
                .isEmpty();
        // a cites b through x
        assertThat(conflicts(
                        claim("b").amount("1000"),
                        claim("x").cites("b").gpuHours("1000", "a100"),
                        claim("a").cites("x").amount("100")))
                .isEmpty();
        // claims citing different claims are compared
        assertThat(conflicts(
                        claim("root-1").gpuHours("10", "a100"),
                        claim("root-2").gpuHours("200", "a100"),
                        claim("a").cites("root-1").amount("100"),
                        claim("b").cites("root-2").amount("1000")))
                .containsEntry("a", "Lies more than a factor 2 from b (x10.00), root-2 (x10.24).");
    }

    @Test
    void claimsWithAnErrorFlagAreNotCompared() {
        // 100 GPU-hours x USD 1 = 100 against a stated USD 1,000: ARITHMETIC_MISMATCH, an ERROR
        Map<String, List<Flag>> flags = flagger.flagAll(
                List.of(
                        claim("wrong")
                                .compute("100", "a100", "1")
                                .amount("1000")
                                .facts(),
                        claim("low").amount("10").facts()),
                key -> null);

        assertThat(flags.get("wrong")).extracting(Flag::code).contains(FlagCode.ARITHMETIC_MISMATCH);
        assertThat(flags.values())
                .allSatisfy(
                        list -> assertThat(list).extracting(Flag::code).doesNotContain(FlagCode.CONFLICTING_ESTIMATES));
    }

    @Test
    void anImplausibleClaimIsNotCompared() {
        // 1.0001 utilization: 3.60036E+15 FLOP in 1 GPU-hour at 1E+12 FLOP/s
        Map<String, List<Flag>> flags = flagger.flagAll(
                List.of(
                        claim("impossible")
                                .gpuHours("1", "a100")
                                .flop("3.60036E+15", "1E+12")
                                .facts(),
                        claim("dear").amount("1000000").facts()),
                key -> null);

        assertThat(flags.get("impossible")).extracting(Flag::code).contains(FlagCode.IMPLAUSIBLE_COMPUTE);
        assertThat(flags.get("impossible")).extracting(Flag::code).doesNotContain(FlagCode.CONFLICTING_ESTIMATES);
        assertThat(flags.get("dear")).extracting(Flag::code).doesNotContain(FlagCode.CONFLICTING_ESTIMATES);
    }
}
