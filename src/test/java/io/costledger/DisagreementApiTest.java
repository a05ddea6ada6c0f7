package io.costledger;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * SEMANTICS.md part 2 over HTTP: compute facts, IMPLAUSIBLE_COMPUTE, CONFLICTING_ESTIMATES kept current after every
 * load, Model.comparisons and Contribution.rate, with the worked examples of part 2 to the cent and the digit.
 */
@QuarkusTest
class DisagreementApiTest {

    /** OPT-175B as FACTS-MORE.md gives it, on hardware and rates of the test's own (the figures of the shipped ones). */
    private static final String OPT = """
            {"organizations": [{"key": "p2-meta", "name": "Meta AI"}],
             "models": [{"key": "p2-opt-175b", "name": "OPT-175B", "organization": "p2-meta", "releasedOn": "2022-05-03"}],
             "sources": [
               {"key": "p2-nvidia-a100", "title": "NVIDIA A100", "url": "https://www.nvidia.com/en-us/data-center/a100/", "kind": "OTHER"},
               {"key": "p2-epoch-prices", "title": "Epoch AI hardware prices", "kind": "ANALYST_ESTIMATE"},
               {"key": "p2-opt-chronicles", "title": "OPT chronicles, final update", "publishedOn": "2022-01-07", "kind": "PRIMARY_DISCLOSURE"},
               {"key": "p2-llama1-paper", "title": "LLaMA: Open and Efficient Foundation Language Models", "publishedOn": "2023-02-27", "kind": "PRIMARY_DISCLOSURE"}],
             "hardware": [{"key": "p2-a100-80gb", "name": "NVIDIA A100 80GB", "vendor": "NVIDIA",
                           "peakFlopsPerSecond": 3.12E+14, "peakFlopsSource": "p2-nvidia-a100"}],
             "hardwareRates": [
               {"hardware": "p2-a100-80gb", "kind": "ON_DEMAND", "usdPerGpuHour": 5.12, "effectiveOn": "2022-11-01", "provider": "AWS p4de", "source": "p2-epoch-prices"},
               {"hardware": "p2-a100-80gb", "kind": "COMMITTED_3Y", "usdPerGpuHour": 1.81, "effectiveOn": "2022-11-01", "provider": "AWS p4de", "source": "p2-epoch-prices"}],
             "claims": [
               {"key": "p2-opt175b-logbook", "source": "p2-opt-chronicles", "model": "p2-opt-175b",
                "quote": "This required ~4.30E+23 FLOPs of compute, or roughly ~33 days of continuous training on 1024 80GB A100s",
                "chipCount": 1024, "durationHours": 792, "trainingComputeFlop": 4.30E+23, "hardware": "p2-a100-80gb",
                "included": ["FINAL_TRAINING_RUN"], "excluded": ["RESEARCH_AND_EXPERIMENTS"]},
               {"key": "p2-opt175b-llama-paper", "source": "p2-llama1-paper", "model": "p2-opt-175b",
                "quote": "OPT-175B & A100-80GB & 400W & 809,472", "gpuHours": 809472, "hardware": "p2-a100-80gb",
                "included": ["FINAL_TRAINING_RUN"]}]}""";

    private static final String OPT_QUERY = """
            { model(key: "p2-opt-175b") {
                claims { key gpuHours gpuHoursDerived chipCount durationHours trainingComputeFlop impliedUtilization
                         costAt(rateKind: ON_DEMAND) flags { code } }
                comparisons { categories claims { key } minUsd maxUsd ratio }
                committed: comparisons(rateKind: COMMITTED_3Y) {
                  minUsd maxUsd ratio values { claim { key } lowUsd highUsd derived rate { kind usdPerGpuHour } } }
                scopedTotal(scope: "FINAL_RUN") {
                  lowUsd contributions { claim { key } derived rate { usdPerGpuHour effectiveOn provider kind } } }
              }
              hardware { key peakFlopsPerSecond peakFlopsSource { key url } } }""";

    @Test
    void workedExampleOpt175bDerivesGpuHoursIsPlausibleAndAgreesWithTheLlamaPaper() {
        Researcher.post(OPT).statusCode(200);

        JsonPath answer = GraphQL.exact(OPT_QUERY).setRootPath("data.model");
        Map<String, Object> log = answer.getMap("claims.find { it.key == 'p2-opt175b-logbook' }");
        assertThat(usd(log.get("gpuHours"))).isEqualByComparingTo("811008.00");
        assertThat(log.get("gpuHoursDerived")).isEqualTo(true);
        assertThat(usd(log.get("chipCount"))).isEqualByComparingTo("1024");
        assertThat(usd(log.get("impliedUtilization"))).isEqualByComparingTo("0.4720");
        assertThat(usd(log.get("costAt"))).isEqualByComparingTo("4152360.96");
        assertThat(answer.getList("claims.flags.code.flatten()"))
                .doesNotContain("IMPLAUSIBLE_COMPUTE", "CONFLICTING_ESTIMATES", "ARITHMETIC_MISMATCH");
        Map<String, Object> paper = answer.getMap("claims.find { it.key == 'p2-opt175b-llama-paper' }");
        assertThat(paper.get("gpuHoursDerived")).isEqualTo(false);
        assertThat(usd(paper.get("costAt"))).isEqualByComparingTo("4144496.64");

        assertThat(answer.getList("comparisons")).hasSize(1);
        assertThat(answer.getList("comparisons[0].categories")).containsExactly("FINAL_TRAINING_RUN");
        assertThat(answer.getList("comparisons[0].claims.key"))
                .containsExactly("p2-opt175b-llama-paper", "p2-opt175b-logbook");
        assertThat(usd(answer.getString("comparisons[0].minUsd"))).isEqualByComparingTo("4144496.64");
        assertThat(usd(answer.getString("comparisons[0].maxUsd"))).isEqualByComparingTo("4152360.96");
        assertThat(usd(answer.getString("comparisons[0].ratio"))).isEqualByComparingTo("1.00");
        // re-priced at the 3-year rate: 809,472 and 811,008 GPU-hours x USD 1.81
        assertThat(usd(answer.getString("committed[0].minUsd"))).isEqualByComparingTo("1465144.32");
        assertThat(usd(answer.getString("committed[0].maxUsd"))).isEqualByComparingTo("1467924.48");
        // each claim's value as the group compares it, with the rate row that priced it
        assertThat(answer.getList("committed[0].values.claim.key"))
                .containsExactly("p2-opt175b-llama-paper", "p2-opt175b-logbook");
        assertThat(answer.getList("committed[0].values.lowUsd", java.math.BigDecimal.class))
                .usingElementComparator(java.math.BigDecimal::compareTo)
                .containsExactly(usd("1465144.32"), usd("1467924.48"));
        assertThat(answer.getList("committed[0].values.highUsd", java.math.BigDecimal.class))
                .usingElementComparator(java.math.BigDecimal::compareTo)
                .containsExactly(usd("1465144.32"), usd("1467924.48"));
        assertThat(answer.getList("committed[0].values.derived")).containsExactly(true, true);
        assertThat(answer.getList("committed[0].values.rate.kind")).containsExactly("COMMITTED_3Y", "COMMITTED_3Y");
        assertThat(answer.getList("committed[0].values.rate.usdPerGpuHour", java.math.BigDecimal.class))
                .usingElementComparator(java.math.BigDecimal::compareTo)
                .containsExactly(usd("1.81"), usd("1.81"));

        // the total takes the newer paper; its contribution names the rate row that priced it
        assertThat(usd(answer.getString("scopedTotal.lowUsd"))).isEqualByComparingTo("4144496.64");
        assertThat(answer.getString("scopedTotal.contributions[0].claim.key")).isEqualTo("p2-opt175b-llama-paper");
        assertThat(answer.getMap("scopedTotal.contributions[0].rate"))
                .containsEntry("provider", "AWS p4de")
                .containsEntry("effectiveOn", "2022-11-01")
                .containsEntry("kind", "ON_DEMAND");
        assertThat(usd(answer.getString("scopedTotal.contributions[0].rate.usdPerGpuHour")))
                .isEqualByComparingTo("5.12");

        JsonPath hardware = GraphQL.exact(OPT_QUERY).setRootPath("data.hardware.find { it.key == 'p2-a100-80gb' }");
        assertThat(new java.math.BigDecimal(hardware.getString("peakFlopsPerSecond")))
                .isEqualByComparingTo("3.12E+14");
        assertThat(hardware.getString("peakFlopsSource.key")).isEqualTo("p2-nvidia-a100");
    }

    @Test
    void aStatedAmountOrTheClaimsOwnRateHasNoRateRow() {
        JsonPath total = GraphQL.data("""
                { scopedTotal(model: "deepseek-v3", scope: "TRAINING") {
                    contributions { claim { key } derived rate { provider } } } }""").setRootPath("data.scopedTotal");

        assertThat(total.getList("contributions.claim.key")).containsExactly("deepseek-v3-total");
        assertThat(total.getList("contributions.rate")).containsExactly((Object) null);
        JsonPath onDemand = GraphQL.data("""
                { scopedTotal(model: "deepseek-v3", scope: "TRAINING", rateKind: ON_DEMAND) {
                    lowUsd contributions { derived rate { hardware { key } provider usdPerGpuHour } } } }""").setRootPath("data.scopedTotal");
        assertThat(onDemand.getList("contributions.rate.provider")).containsExactly("CR8DL");
        assertThat(onDemand.getList("contributions.rate.hardware.key")).containsExactly("h800");
    }

    private static final String R1 = """
            { r1: model(key: "deepseek-r1") {
                claims { key flags { code severity message } }
                comparisons(includeFlagged: true) { categories claims { key } minUsd maxUsd ratio } }
              v3: model(key: "deepseek-v3") { claims { key flags { code } } }
              total: scopedTotal(model: "deepseek-r1", scope: "TRAINING", includeLineage: true) {
                lowUsd skipped { claim { key } reason byClaim { key } } } }""";

    /** A number as the service wrote it, compared by value (the API writes no trailing zeros). */
    private static java.math.BigDecimal usd(Object value) {
        return new java.math.BigDecimal(value.toString());
    }

    private static List<String> codes(JsonPath answer, String model, String claim) {
        return answer.getList(model + ".claims.find { it.key == '" + claim + "' }.flags.code");
    }

    private static String conflict(JsonPath answer, String claim) {
        return answer.getString("r1.claims.find { it.key == '" + claim
                + "' }.flags.find { it.code == 'CONFLICTING_ESTIMATES' }.message");
    }

    @Test
    void workedExampleR1EstimatesConflictUntilTheFarOneIsRetracted() {
        // the shipped data holds both figures of R1's reinforcement learning
        JsonPath answer = GraphQL.exact(R1);
        assertThat(conflict(answer, "deepseek-r1-rl"))
                .isEqualTo("Lies more than a factor 2 from deepseek-r1-epoch-1m (x3.40).");
        assertThat(conflict(answer, "deepseek-r1-epoch-1m"))
                .isEqualTo("Lies more than a factor 2 from deepseek-r1-rl (x3.40).");
        assertThat(answer.getString("r1.claims.find { it.key == 'deepseek-r1-epoch-1m' }.flags.find {"
                        + " it.code == 'CONFLICTING_ESTIMATES' }.severity"))
                .isEqualTo("WARNING");
        Map<String, Object> other = answer.getMap("r1.comparisons.find { it.categories == ['OTHER_TRAINING'] }");
        assertThat(usd(other.get("minUsd"))).isEqualByComparingTo("294000.00");
        assertThat(usd(other.get("maxUsd"))).isEqualByComparingTo("1000000.00");
        assertThat(usd(other.get("ratio"))).isEqualByComparingTo("3.40");
        // the total is unchanged: the estimate overlaps the Nature figure, which a primary disclosure states
        assertThat(usd(answer.getString("total.lowUsd"))).isEqualByComparingTo("5870000.00");
        assertThat(answer.getString("total.skipped.find { it.claim.key == 'deepseek-r1-epoch-1m' }.reason"))
                .isEqualTo("OVERLAP");
        // the V3 report's parts come from one source: not compared
        assertThat(codes(answer, "v3", "deepseek-v3-context-extension")).doesNotContain("CONFLICTING_ESTIMATES");
        assertThat(codes(answer, "v3", "deepseek-v3-post-training")).doesNotContain("CONFLICTING_ESTIMATES");

        String estimate = GraphQL.data("{ history(kind: CLAIM, key: \"deepseek-r1-epoch-1m\") { item } }")
                .getString("history[-1].item");
        Researcher.post("{\"retractions\": [{\"kind\": \"CLAIM\", \"key\": \"deepseek-r1-epoch-1m\","
                        + " \"reason\": \"test\"}]}")
                .statusCode(200);

        assertThat(codes(GraphQL.data(R1), "r1", "deepseek-r1-rl")).doesNotContain("CONFLICTING_ESTIMATES");

        // loaded again, as history kept it: the conflict is back
        Researcher.post("{\"claims\": [" + estimate + "]}").statusCode(200);
        assertThat(conflict(GraphQL.data(R1), "deepseek-r1-rl"))
                .isEqualTo("Lies more than a factor 2 from deepseek-r1-epoch-1m (x3.40).");
    }

    /** Two claims about a model of their own: a stated USD 1,000 and 100 GPU-hours of a chip that has no rate yet. */
    private static final String UNPRICED = """
            {"organizations": [{"key": "p2-lab", "name": "Lab"}],
             "models": [{"key": "p2-quiet", "name": "Quiet", "organization": "p2-lab"}],
             "sources": [{"key": "p2-paper", "title": "Paper", "kind": "PRIMARY_DISCLOSURE", "publishedOn": "2024-03-01"},
                         {"key": "p2-blog", "title": "Blog", "kind": "PRESS", "publishedOn": "2024-04-01"}],
             "hardware": [{"key": "p2-chip", "name": "Chip"}],
             "claims": [{"key": "p2-quiet-stated", "source": "p2-paper", "model": "p2-quiet", "quote": "USD 1,000",
                         "amountUsd": 1000, "included": ["FINAL_TRAINING_RUN"]},
                        {"key": "p2-quiet-hours", "source": "p2-blog", "model": "p2-quiet", "quote": "100 hours",
                         "chipCount": 4, "durationHours": 25, "trainingComputeFlop": 3.6E+17, "hardware": "p2-chip",
                         "included": ["FINAL_TRAINING_RUN"]}]}""";

    private static final String QUIET = """
            { model(key: "p2-quiet") { claims { key flags { code message } } comparisons { claims { key } ratio } } }""";

    @Test
    void aNewRatePeakOrSourceDateChangesTheFlagsOfModelsTheBundleDoesNotName() {
        Researcher.post(UNPRICED).statusCode(200);
        JsonPath before = GraphQL.exact(QUIET).setRootPath("data.model");
        assertThat(before.getList("claims.flags.code.flatten()")).doesNotContain("CONFLICTING_ESTIMATES");
        assertThat(before.getList("comparisons.claims.key.flatten()")).containsExactly("p2-quiet-stated");

        // 100 derived GPU-hours at USD 50: 5,000, five times the stated figure
        Researcher.post("""
                        {"hardwareRates": [{"hardware": "p2-chip", "kind": "ON_DEMAND", "usdPerGpuHour": 50,
                                            "effectiveOn": "2024-01-01"}]}""").statusCode(200);
        JsonPath priced = GraphQL.exact(QUIET).setRootPath("data.model");
        assertThat(priced.getString(
                        "claims.find { it.key == 'p2-quiet-stated' }.flags.find { it.code == 'CONFLICTING_ESTIMATES' }"
                                + ".message"))
                .isEqualTo("Lies more than a factor 2 from p2-quiet-hours (x5.00).");
        assertThat(usd(priced.getString("comparisons[0].ratio"))).isEqualByComparingTo("5.00");

        // 3.6E+17 FLOP in 100 GPU-hours is a utilization of 1.0101 at a peak of 9.9E+11 FLOP/s: impossible
        Researcher.post("{\"hardware\": [{\"key\": \"p2-chip\", \"name\": \"Chip\", \"peakFlopsPerSecond\": 9.9E+11}]}")
                .statusCode(200);
        JsonPath implausible = GraphQL.exact(QUIET).setRootPath("data.model");
        assertThat(implausible.getList("claims.find { it.key == 'p2-quiet-hours' }.flags.code"))
                .contains("IMPLAUSIBLE_COMPUTE")
                .doesNotContain("CONFLICTING_ESTIMATES");
        assertThat(implausible.getList("claims.flags.code.flatten()")).doesNotContain("CONFLICTING_ESTIMATES");
        assertThat(implausible.getList("comparisons.claims.key.flatten()")).containsExactly("p2-quiet-stated");

        // at 1E+12 FLOP/s the utilization is exactly 1.0000: plausible again, and the conflict is back
        Researcher.post("{\"hardware\": [{\"key\": \"p2-chip\", \"name\": \"Chip\", \"peakFlopsPerSecond\": 1E+12}]}")
                .statusCode(200);
        JsonPath plausible = GraphQL.exact(QUIET).setRootPath("data.model");
        assertThat(plausible.getList("claims.flags.code.flatten()"))
                .doesNotContain("IMPLAUSIBLE_COMPUTE")
                .contains("CONFLICTING_ESTIMATES");

        // a cheaper rate from June 2024 leaves the April blog post at USD 50 an hour...
        Researcher.post("""
                        {"hardwareRates": [{"hardware": "p2-chip", "kind": "ON_DEMAND", "usdPerGpuHour": 10,
                                            "effectiveOn": "2024-06-01"}]}""").statusCode(200);
        assertThat(GraphQL.data(QUIET).getList("model.claims.flags.code.flatten()"))
                .contains("CONFLICTING_ESTIMATES");
        // ...until the post turns out to be from July: 100 GPU-hours at USD 10 are USD 1,000, like the paper's figure
        Researcher.post("""
                        {"sources": [{"key": "p2-blog", "title": "Blog", "kind": "PRESS", "publishedOn": "2024-07-01"}]}""").statusCode(200);
        JsonPath redated = GraphQL.exact(QUIET).setRootPath("data.model");
        assertThat(redated.getList("claims.flags.code.flatten()")).doesNotContain("CONFLICTING_ESTIMATES");
        assertThat(usd(redated.getString("comparisons[0].ratio"))).isEqualByComparingTo("1.00");
    }

    @Test
    void theShippedHardwareHasSxmPeaksWithTheirSources() {
        JsonPath hardware = GraphQL.data("{ hardware { key peakFlopsPerSecond peakFlopsSource { key url kind } } }");

        assertThat(hardware.getString("hardware.find { it.key == 'h800' }.peakFlopsSource.key"))
                .isEqualTo("nvidia-h100-page");
        assertThat(new java.math.BigDecimal(
                        hardware.getString("hardware.find { it.key == 'h800' }.peakFlopsPerSecond")))
                .isEqualByComparingTo("9.89E+14");
        assertThat(new java.math.BigDecimal(
                        hardware.getString("hardware.find { it.key == 'a100-80gb' }.peakFlopsPerSecond")))
                .isEqualByComparingTo("3.12E+14");
        assertThat(hardware.getString("hardware.find { it.key == 'a100-80gb' }.peakFlopsSource.url"))
                .isEqualTo("https://www.nvidia.com/en-us/data-center/a100/");
    }

    private static final String STALE = """
            {"organizations": [{"key": "p3-lab", "name": "Lab"}],
             "models": [{"key": "p3-a", "name": "A", "organization": "p3-lab"},
                        {"key": "p3-b", "name": "B", "organization": "p3-lab"},
                        {"key": "p3-own", "name": "Own", "organization": "p3-lab"}],
             "sources": [%s],
             "hardware": [{"key": "p3-chip", "name": "Chip"}],
             "hardwareRates": [{"hardware": "p3-chip", "kind": "ON_DEMAND", "usdPerGpuHour": 10, "effectiveOn": "2024-01-01"}],
             "claims": [
               {"key": "p3-stated", "source": "p3-s1", "model": "p3-a", "quote": "q", "amountUsd": 1000, "included": ["DATA"]},
               {"key": "p3-hours", "source": "p3-s2", "model": "p3-a", "quote": "q", "gpuHours": 500, "hardware": "p3-chip",
                "included": ["DATA"]},
               {"key": "p3-root", "source": "p3-s3", "model": "p3-b", "quote": "q", "gpuHours": 100, "hardware": "p3-chip",
                "included": ["FINAL_TRAINING_RUN"]},
               {"key": "p3-mid", "source": "p3-s4", "model": "p3-b", "quote": "q", "gpuHours": 100, "hardware": "p3-chip",
                "included": ["FINAL_TRAINING_RUN"], "cites": "p3-root"},
               {"key": "p3-up", "source": "p3-s5", "model": "p3-a", "quote": "q", "gpuHours": 100, "hardware": "p3-chip",
                "included": ["FINAL_TRAINING_RUN"], "cites": "p3-mid"},
               {"key": "p3-up2", "source": "p3-s6", "model": "p3-a", "quote": "q", "gpuHours": 100, "hardware": "p3-chip",
                "included": ["FINAL_TRAINING_RUN"], "cites": "p3-root"},
               {"key": "p3-leaf", "source": "p3-s7", "model": "p3-a", "quote": "q", "amountUsd": 1000,
                "included": ["FINAL_TRAINING_RUN"], "cites": "p3-up"},
               {"key": "p3-x", "source": "p3-s8", "model": "p3-a", "quote": "q", "amountUsd": 100,
                "included": ["FINAL_TRAINING_RUN"], "cites": "p3-up2"},
               {"key": "p3-own-rate", "source": "p3-s1", "model": "p3-own", "quote": "q", "gpuHours": 10,
                "hardware": "p3-chip", "rateUsdPerGpuHour": 3, "included": ["FINAL_TRAINING_RUN"]}]}""";

    private static String staleBundle() {
        StringBuilder sources = new StringBuilder();
        for (int i = 1; i <= 8; i++) {
            sources.append(i == 1 ? "" : ", ")
                    .append(
                            "{\"key\": \"p3-s%d\", \"title\": \"S%d\", \"kind\": \"OTHER\", \"publishedOn\": \"2024-06-01\"}"
                                    .formatted(i, i));
        }
        return STALE.formatted(sources);
    }

    /** The keys of the claims about p3-a that carry CONFLICTING_ESTIMATES. */
    private static List<String> conflictingAboutA() {
        return GraphQL.data("{ claims(filter: {model: \"p3-a\", flag: CONFLICTING_ESTIMATES}) { nodes { key } } }")
                .getList("claims.nodes.key");
    }

    @Test
    void flagsFollowARetractedRateAClaimMovingAwayAndACitationChangedThreeLinksAway() {
        Researcher.post(staleBundle()).statusCode(200);
        // 500 GPU-hours at USD 10 against USD 1,000; the leaf and x are linked through p3-root (two links each)
        assertThat(conflictingAboutA()).containsExactly("p3-hours", "p3-stated");

        Researcher.post("""
                        {"retractions": [{"kind": "HARDWARE_RATE", "key": "p3-chip/ON_DEMAND/2024-01-01/", "reason": "wrong"}]}""").statusCode(200);
        assertThat(conflictingAboutA()).isEmpty();

        Researcher.post(staleBundle()).statusCode(200);
        assertThat(conflictingAboutA()).containsExactly("p3-hours", "p3-stated");
        Researcher.post("""
                        {"claims": [{"key": "p3-hours", "source": "p3-s2", "model": "p3-b", "quote": "q", "gpuHours": 500,
                                     "hardware": "p3-chip", "included": ["DATA"]}]}""").statusCode(200);
        assertThat(conflictingAboutA()).isEmpty();

        // p3-mid (about p3-b) stops citing p3-root: the chains of p3-leaf (via p3-up) and p3-x (via p3-up2) no
        // longer meet, and the two claims about p3-a, which the bundle does not name, now conflict
        Researcher.post("""
                        {"claims": [{"key": "p3-mid", "source": "p3-s4", "model": "p3-b", "quote": "q", "gpuHours": 100,
                                     "hardware": "p3-chip", "included": ["FINAL_TRAINING_RUN"]}]}""").statusCode(200);
        assertThat(conflictingAboutA()).containsExactly("p3-leaf", "p3-x");
        assertThat(GraphQL.data("{ claim(key: \"p3-x\") { flags { code message } } }")
                        .getString("claim.flags.find { it.code == 'CONFLICTING_ESTIMATES' }.message"))
                .isEqualTo("Lies more than a factor 2 from p3-leaf (x10.00).");

        // a contribution priced at the claim's own rate names no rate row
        JsonPath own = GraphQL.data("""
                { scopedTotal(model: "p3-own", scope: "FINAL_RUN") { lowUsd contributions { derived rate { provider } } } }""").setRootPath("data.scopedTotal");
        assertThat(usd(own.getString("lowUsd"))).isEqualByComparingTo("30.00");
        assertThat(own.getList("contributions.derived")).containsExactly(true);
        assertThat(own.getList("contributions.rate")).containsExactly((Object) null);
    }
}
