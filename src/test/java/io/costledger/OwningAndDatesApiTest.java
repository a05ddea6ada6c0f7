package io.costledger;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * SEMANTICS.md part 3 asked of the running service over HTTP against the shipped reference data: the worked examples
 * of FACTS-METHOD.md, capital expenses, dates with their precision and how quotes were checked.
 */
@QuarkusTest
class OwningAndDatesApiTest {

    private static final String AMORTIZED = """
            query Owned($key: String!) {
              claim(key: $key) {
                costAt(rateKind: AMORTIZED)
                amortized {
                  hardwareUsd interconnectUsd energyUsd totalUsd usdPerChipHour acquiredOn endedOn
                  trainingStartedOn ageYears depreciatedUsdPerChip pue usdPerKwh
                  price { hardware { key } usdPerChip pricedOn basis }
                }
              }
            }""";

    private static JsonPath owned(String key) {
        return GraphQL.exact(AMORTIZED, Map.of("key", key)).setRootPath("data.claim");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        // claim, hardware, energy, total, per chip-hour, price row, age, P, PUE, K, started
        "deepseek-v3-total, 4588049.21, 1076209.07, 253915.36, 5918173.64, 2.122731,"
                + " h800/44750/2025-02-21/SERVER_SHARE, 0, 44750.00, 1.25, 0.0771, 2024-09-23",
        "opt175b-logbook, 514715.28, 120735.68, 45224.35, 680675.31, 0.839295,"
                + " a100-80gb/17500/2020-07-01/CHIP, 1.6153, 17258.37, 1.1, 0.0832, 2022-02-11",
        "falcon-180b-gpu-hours, 2404170.87, 563941.32, 429708.82, 3397821.01, 0.485403,"
                + " a100-40gb/24875/2020-05-21/SERVER_SHARE, 3.0388, 9339.53, 1.25, 0.0806, 2023-06-04"
    })
    void theWorkedExamplesOfPartThree(
            String claim,
            String hardware,
            String interconnect,
            String energy,
            String total,
            String perChipHour,
            String price,
            String age,
            String depreciated,
            String pue,
            String usdPerKwh,
            String started) {
        JsonPath value = owned(claim);
        assertThat(value.getString("amortized.hardwareUsd")).isEqualTo(hardware);
        assertThat(value.getString("amortized.interconnectUsd")).isEqualTo(interconnect);
        assertThat(value.getString("amortized.energyUsd")).isEqualTo(energy);
        assertThat(value.getString("amortized.totalUsd")).isEqualTo(total);
        assertThat(value.getString("costAt")).isEqualTo(total);
        assertThat(value.getString("amortized.usdPerChipHour")).isEqualTo(perChipHour);
        String[] row = price.split("/");
        assertThat(value.getString("amortized.price.hardware.key")).isEqualTo(row[0]);
        assertThat(new BigDecimal(value.getString("amortized.price.usdPerChip")))
                .isEqualByComparingTo(row[1]);
        assertThat(value.getString("amortized.price.pricedOn")).isEqualTo(row[2]);
        assertThat(value.getString("amortized.price.basis")).isEqualTo(row[3]);
        assertThat(value.getString("amortized.acquiredOn")).isEqualTo(row[2]);
        assertThat(value.getString("amortized.ageYears")).isEqualTo(age);
        assertThat(new BigDecimal(value.getString("amortized.depreciatedUsdPerChip")))
                .isEqualByComparingTo(depreciated);
        assertThat(value.getString("amortized.pue")).isEqualTo(pue);
        assertThat(value.getString("amortized.usdPerKwh")).isEqualTo(usdPerKwh);
        assertThat(value.getString("amortized.trainingStartedOn")).isEqualTo(started);
    }

    @Test
    void deepSeekV3sEndOfRunIsSixtyDaysBeforeItsRelease() {
        assertThat(owned("deepseek-v3-total").getString("amortized.endedOn")).isEqualTo("2024-10-27");
        // OPT-175B was released "2022-05": its rule day, the 15th, minus 60 days
        assertThat(owned("opt175b-logbook").getString("amortized.endedOn")).isEqualTo("2022-03-16");
    }

    @Test
    void aScopedTotalAtAmortizedTakesTheOwnedValueAsADerivedContributionWithoutARate() {
        JsonPath total = GraphQL.exact("""
                        { scopedTotal(model: "deepseek-v3", scope: "TRAINING", rateKind: AMORTIZED) {
                            contributions { claim { key } lowUsd highUsd derived rate { kind } } } }""").setRootPath("data.scopedTotal");
        List<Map<String, Object>> contributions = total.getList("contributions");
        Map<String, Object> owned = contributions.stream()
                .filter(contribution ->
                        ((Map<?, ?>) contribution.get("claim")).get("key").equals("deepseek-v3-total"))
                .findFirst()
                .orElseThrow();
        assertThat(owned.get("lowUsd").toString()).isEqualTo("5918173.64");
        assertThat(owned.get("highUsd").toString()).isEqualTo("5918173.64");
        assertThat(owned.get("derived")).isEqualTo(true);
        assertThat(owned.get("rate")).isNull();
    }

    @Test
    void aCapitalExpenseNeverEntersATotalAndIsComparedOnlyWithPurchases() {
        JsonPath model = GraphQL.data("""
                { model(key: "llama-3-1-405b") {
                    allIn: scopedTotal(scope: "ALL_IN") {
                      contributions { claim { key } }
                      skipped { claim { key } reason byClaim { key } } }
                    comparisons(includeFlagged: true) { categories capitalExpense claims { key } } }
                  claim(key: "llama31-405b-capex") { capitalExpense costAt(rateKind: ON_DEMAND) amortized { totalUsd }
                    coverage { category { code } coverage } } }""");
        assertThat(model.getList("model.allIn.contributions.claim.key")).doesNotContain("llama31-405b-capex");
        assertThat(model.getList("model.allIn.skipped.findAll { it.claim.key == 'llama31-405b-capex' }.reason"))
                .containsExactly("CAPITAL_EXPENSE");
        assertThat(model.getString("model.allIn.skipped.find { it.claim.key == 'llama31-405b-capex' }.byClaim"))
                .isNull();
        List<Map<String, Object>> purchases = model.getList("model.comparisons.findAll { it.capitalExpense }");
        assertThat(purchases)
                .containsExactly(Map.of(
                        "categories",
                        List.of("INFRASTRUCTURE"),
                        "capitalExpense",
                        true,
                        "claims",
                        List.of(Map.of("key", "llama31-405b-capex"))));
        assertThat(model.getBoolean("claim.capitalExpense")).isTrue();
        assertThat(model.getString("claim.costAt")).isNull();
        assertThat(model.getString("claim.amortized")).isNull();
        assertThat(model.getList("claim.coverage.findAll { it.coverage == 'INCLUDED' }.category.code"))
                .containsExactly("INFRASTRUCTURE");
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource({
        "opt-175b, 2022-05, MONTH, 2022-05-01, 2022-05-31",
        "gpt-3, 2020, YEAR, 2020-01-01, 2020-12-31",
        "deepseek-v3, 2024-12-26, DAY, 2024-12-26, 2024-12-26"
    })
    void aReleaseDateIsAsPreciseAsItsSource(String model, String text, String precision, String from, String to) {
        JsonPath answer = GraphQL.data(
                "query M($key: String!) { model(key: $key) { releasedOn released { text precision from to } } }",
                Map.of("key", model));
        assertThat(answer.getString("model.released.text")).isEqualTo(text);
        assertThat(answer.getString("model.released.precision")).isEqualTo(precision);
        assertThat(answer.getString("model.released.from")).isEqualTo(from);
        assertThat(answer.getString("model.released.to")).isEqualTo(to);
        assertThat(answer.getString("model.releasedOn")).isEqualTo(from);
    }

    @Test
    void theFullDateFieldsAreDeprecatedInFavourOfTheirPartialDates() {
        JsonPath types = GraphQL.data("""
                { model: __type(name: "Model") { fields(includeDeprecated: true) { name isDeprecated deprecationReason } }
                  source: __type(name: "Source") { fields(includeDeprecated: true) { name isDeprecated deprecationReason } }
                  claim: __type(name: "Claim") { fields(includeDeprecated: true) { name isDeprecated deprecationReason } } }""");
        assertThat(types.getList("model.fields.findAll { it.isDeprecated }"))
                .containsExactly(Map.of(
                        "name", "releasedOn",
                        "isDeprecated", true,
                        "deprecationReason", "Use released: it keeps the date's precision."));
        assertThat(types.getList("source.fields.findAll { it.isDeprecated }.deprecationReason"))
                .containsExactly("Use published: it keeps the date's precision.");
        assertThat(types.getList("claim.fields.findAll { it.isDeprecated }.name"))
                .containsExactly("statedOn");
    }

    @Test
    void claimsFilterOnHowTheirQuoteWasChecked() {
        JsonPath answer = GraphQL.data("""
                { others: claims(first: 500, filter: {quoteCheck: QUOTED_BY_OTHERS}) {
                    totalCount nodes { key quoteCheck } }
                  all: claims(first: 500) { totalCount nodes { quoteCheck } } }""");
        List<String> others = answer.getList("others.nodes.quoteCheck");
        assertThat(others).isNotEmpty().containsOnly("QUOTED_BY_OTHERS");
        assertThat(answer.getList("others.nodes.key", String.class)).contains("grok4-490m");
        assertThat(answer.getInt("others.totalCount"))
                .isEqualTo(answer.getList("all.nodes.quoteCheck").stream()
                        .filter("QUOTED_BY_OTHERS"::equals)
                        .count());
        // every shipped claim says how its quote was checked
        java.util.Set<String> shipped = shippedClaimKeys();
        assertThat(shipped).hasSize(97);
        List<Map<String, Object>> nodes = GraphQL.data("{ claims(first: 500) { nodes { key quoteCheck } } }")
                .getList("claims.nodes");
        assertThat(nodes.stream().filter(node -> shipped.contains((String) node.get("key"))))
                .hasSize(97)
                .noneMatch(node -> node.get("quoteCheck").equals("UNCHECKED"));
    }

    /** The keys of the claims the reference files of db/reference ship. */
    private static java.util.Set<String> shippedClaimKeys() {
        java.util.Set<String> keys = new java.util.HashSet<>();
        try (var files = java.nio.file.Files.list(java.nio.file.Path.of("db", "reference"))) {
            for (java.nio.file.Path file : files.toList()) {
                Bundles.parse(java.nio.file.Files.readString(file))
                        .path("claims")
                        .forEach(claim -> keys.add(claim.get("key").asText()));
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return keys;
    }

    @Test
    void pricesAndElectricityAreListedAsTheMethodReadsThem() {
        JsonPath answer = GraphQL.data("""
                { hardwarePrices(hardware: "h800") { usdPerChip pricedOn basis source { key } }
                  electricityPrices { year usdPerKwh }
                  hardware { key kind tdpWatts serverPowerFactor serverCostFactor } }""");
        assertThat(answer.getList("hardwarePrices.basis")).containsExactly("SERVER_SHARE", "CHIP");
        assertThat(answer.getList("hardwarePrices.source.key")).containsOnly("epoch-cost-trends-code");
        assertThat(answer.getList("electricityPrices.year"))
                .hasSize(16)
                .startsWith(2010)
                .endsWith(2025);
        Map<String, Object> h800 = answer.getMap("hardware.find { it.key == 'h800' }");
        assertThat(h800.get("kind")).isEqualTo("GPU");
        assertThat(new BigDecimal(h800.get("tdpWatts").toString())).isEqualByComparingTo("700");
        assertThat(new BigDecimal(h800.get("serverPowerFactor").toString())).isEqualByComparingTo("1.8");
        assertThat(new BigDecimal(h800.get("serverCostFactor").toString())).isEqualByComparingTo("1.64");
    }
}
