package io.costledger;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The worked example of SEMANTICS.md, asked of the running service over HTTP against the shipped reference data. */
@QuarkusTest
class WorkedExampleApiTest {

    private static final String TOTAL = """
            query Total($model: String!, $scope: String!, $lineage: Boolean, $rateKind: RateKind) {
              scopedTotal(model: $model, scope: $scope, includeLineage: $lineage, rateKind: $rateKind) {
                model { key }
                scope { code }
                lowUsd highUsd complete lowerBound coveredCategories missingCategories
                contributions { claim { key } model { key } categories lowUsd highUsd derived }
                skipped { claim { key } reason byClaim { key } }
              }
            }""";

    private static JsonPath total(String model, String scope, Boolean lineage, String rateKind) {
        Map<String, Object> variables = new java.util.HashMap<>();
        variables.put("model", model);
        variables.put("scope", scope);
        variables.put("lineage", lineage);
        variables.put("rateKind", rateKind);
        return GraphQL.data(TOTAL, variables).setRootPath("data.scopedTotal");
    }

    private static BigDecimal usd(JsonPath json, String path) {
        return new BigDecimal(json.getString(path));
    }

    @Test
    void aModelCountsItsClaimsAndItsFlaggedClaims() {
        JsonPath v3 = GraphQL.data("{ model(key: \"deepseek-v3\") { claimCount flaggedClaims } }");
        // five claims; all but the IBM FAQ's (which names what it leaves out) carry UNSTATED_EXCLUSIONS
        assertThat(v3.getInt("model.claimCount")).isEqualTo(5);
        assertThat(v3.getInt("model.flaggedClaims")).isEqualTo(4);

        List<Map<String, Object>> models = GraphQL.data(
                        "{ models(first: 100) { nodes { key claimCount flaggedClaims claims { flags { code } } } } }")
                .getList("models.nodes");
        assertThat(models).hasSizeGreaterThan(40);
        for (Map<String, Object> model : models) {
            List<?> claims = (List<?>) model.get("claims");
            long flagged = claims.stream()
                    .filter(claim -> !((List<?>) ((Map<?, ?>) claim).get("flags")).isEmpty())
                    .count();
            assertThat(model.get("claimCount")).as(model.get("key").toString()).isEqualTo(claims.size());
            assertThat(((Number) model.get("flaggedClaims")).longValue())
                    .as(model.get("key").toString())
                    .isEqualTo(flagged);
        }
    }

    @Test
    void v3TrainingTakesTheTotalAndSkipsItsBreakdown() {
        JsonPath total = total("deepseek-v3", "TRAINING", null, null);

        assertThat(usd(total, "lowUsd")).isEqualByComparingTo("5576000.00");
        assertThat(usd(total, "highUsd")).isEqualByComparingTo("5576000.00");
        assertThat(total.getBoolean("complete")).isTrue();
        assertThat(total.getBoolean("lowerBound")).isFalse();
        assertThat(total.getList("coveredCategories")).containsExactly("FINAL_TRAINING_RUN", "OTHER_TRAINING");
        assertThat(total.getList("contributions.claim.key")).containsExactly("deepseek-v3-total");
        assertThat(total.getList("contributions.derived")).containsExactly(false);
        assertThat(total.getList("skipped.claim.key"))
                .containsExactly(
                        "deepseek-v3-context-extension",
                        "deepseek-v3-post-training",
                        "deepseek-v3-pretraining",
                        "ibm-faq-v3-final-run");
        assertThat(total.getList("skipped.reason")).containsOnly("OVERLAP");
        assertThat(total.getList("skipped.byClaim.key")).containsOnly("deepseek-v3-total");
    }

    @Test
    void v3FinalRunTakesThePretrainingClaim() {
        JsonPath total = total("deepseek-v3", "FINAL_RUN", null, null);

        assertThat(usd(total, "lowUsd")).isEqualByComparingTo("5328000.00");
        assertThat(usd(total, "highUsd")).isEqualByComparingTo("5328000.00");
        assertThat(total.getBoolean("complete")).isTrue();
        assertThat(total.getList("contributions.claim.key")).containsExactly("deepseek-v3-pretraining");
        assertThat(total.getList("skipped.reason")).containsOnly("OUTSIDE_SCOPE");
    }

    @Test
    void v3AllInIsALowerBoundWithFiveCategoriesMissing() {
        JsonPath total = total("deepseek-v3", "ALL_IN", null, null);

        assertThat(usd(total, "lowUsd")).isEqualByComparingTo("5576000.00");
        assertThat(total.getBoolean("complete")).isFalse();
        assertThat(total.getBoolean("lowerBound")).isTrue();
        assertThat(total.getList("missingCategories"))
                .containsExactly("RESEARCH_AND_EXPERIMENTS", "DATA", "INFRASTRUCTURE", "PERSONNEL", "OVERHEAD");
    }

    @Test
    void v3TrainingRepricedOnDemand() {
        JsonPath total = total("deepseek-v3", "TRAINING", null, "ON_DEMAND");

        assertThat(usd(total, "lowUsd")).isEqualByComparingTo("9534960.00");
        assertThat(usd(total, "contributions[0].lowUsd")).isEqualByComparingTo("9534960.00");
        assertThat(total.getBoolean("contributions[0].derived")).isTrue();
    }

    @Test
    void r1TrainingWithLineageAddsV3AndSkipsTheCommentary() {
        JsonPath total = total("deepseek-r1", "TRAINING", true, null);

        assertThat(total.getString("model.key")).isEqualTo("deepseek-r1");
        assertThat(usd(total, "lowUsd")).isEqualByComparingTo("5870000.00");
        assertThat(usd(total, "highUsd")).isEqualByComparingTo("5870000.00");
        assertThat(total.getBoolean("complete")).isTrue();
        assertThat(total.getList("contributions.claim.key")).containsExactly("deepseek-r1-rl", "deepseek-v3-total");
        assertThat(total.getList("contributions.model.key")).containsExactly("deepseek-r1", "deepseek-v3");
        assertThat(total.getString("skipped.find { it.claim.key == 'varshney-r1-built-for' }.reason"))
                .isEqualTo("FLAGGED");
        // part 2: Epoch's estimate of R1's reinforcement learning covers the category the Nature figure took
        assertThat(total.getString("skipped.find { it.claim.key == 'deepseek-r1-epoch-1m' }.reason"))
                .isEqualTo("OVERLAP");
    }

    @Test
    void theSameFieldWithDifferentArgumentsUnderAliasesGivesEachItsOwnTotal() {
        JsonPath model = GraphQL.data("""
                { model(key: "deepseek-v3") {
                    training: scopedTotal(scope: "TRAINING") { lowUsd lowerBound }
                    onDemand: scopedTotal(scope: "TRAINING", rateKind: ON_DEMAND) { lowUsd }
                    allIn: scopedTotal(scope: "ALL_IN") { lowerBound missingCategories }
                    claims { key notional: costAt(rateKind: NOTIONAL) onDemand: costAt(rateKind: ON_DEMAND) }
                } }""").setRootPath("data.model");

        assertThat(usd(model, "training.lowUsd")).isEqualByComparingTo("5576000.00");
        assertThat(model.getBoolean("training.lowerBound")).isFalse();
        assertThat(usd(model, "onDemand.lowUsd")).isEqualByComparingTo("9534960.00");
        assertThat(model.getBoolean("allIn.lowerBound")).isTrue();
        assertThat(model.getList("allIn.missingCategories")).hasSize(5);
        Map<String, Object> total = model.getMap("claims.find { it.key == 'deepseek-v3-total' }");
        assertThat(new BigDecimal(total.get("notional").toString())).isEqualByComparingTo("5576000.00");
        assertThat(new BigDecimal(total.get("onDemand").toString())).isEqualByComparingTo("9534960.00");
    }

    @Test
    void flagsOfTheExampleClaimsAreExactlyThoseOfTheSpec() {
        JsonPath claims = GraphQL.data("""
                { total: claim(key: "deepseek-v3-total") { flags { code severity categories } }
                  rl: claim(key: "deepseek-r1-rl") { flags { code categories } }
                  commentary: claim(key: "varshney-r1-built-for") { flags { code severity categories message } }
                  faq: claim(key: "ibm-faq-v3-final-run") { flags { code } } }""");

        assertThat(claims.getList("total.flags.code")).containsExactly("UNSTATED_EXCLUSIONS");
        assertThat(claims.getList("total.flags[0].categories"))
                .containsExactly("DATA", "INFRASTRUCTURE", "PERSONNEL", "OVERHEAD");
        // part 2: Epoch's estimate of the same stage lies a factor 3.40 away
        assertThat(claims.getList("rl.flags.code"))
                .containsExactly("UNSTATED_EXCLUSIONS", "MISSING_CATEGORIES", "CONFLICTING_ESTIMATES");
        assertThat(claims.getList("rl.flags[1].categories")).containsExactly("FINAL_TRAINING_RUN");
        assertThat(claims.getList("commentary.flags.code"))
                .containsExactly("UNSTATED_EXCLUSIONS", "MISSING_CATEGORIES", "SCOPE_DRIFT", "MISATTRIBUTED_MODEL");
        List<String> five = List.of("RESEARCH_AND_EXPERIMENTS", "DATA", "INFRASTRUCTURE", "PERSONNEL", "OVERHEAD");
        assertThat(claims.getList("commentary.flags[1].categories")).isEqualTo(five);
        assertThat(claims.getList("commentary.flags[2].categories")).isEqualTo(five);
        assertThat(claims.getList("commentary.flags[3].categories")).isEmpty();
        assertThat(claims.getList("commentary.flags.severity"))
                .containsExactly("WARNING", "WARNING", "WARNING", "ERROR");
        assertThat(claims.getString("commentary.flags[3].message")).contains("deepseek-r1", "deepseek-v3");
        assertThat(claims.getList("faq.flags")).isEmpty();
    }

    @Test
    void aClaimShowsEveryCategoryInPositionOrderAndItsDateDefaultsToItsSource() {
        JsonPath claim = GraphQL.data("""
                { claim(key: "deepseek-v3-total") {
                    statedOn rateAssumed gpuHours rateUsdPerGpuHour amountLowUsd amountHighUsd
                    source { key kind } model { key } organization { key } hardware { key } presentedScope { code }
                    cites { key } citedBy { key } coverage { category { code position } coverage }
                } }""").setRootPath("data.claim");

        assertThat(claim.getString("statedOn")).isEqualTo("2024-12-27");
        assertThat(claim.getBoolean("rateAssumed")).isTrue();
        assertThat(usd(claim, "gpuHours")).isEqualByComparingTo("2788000");
        assertThat(usd(claim, "rateUsdPerGpuHour")).isEqualByComparingTo("2");
        assertThat(claim.getString("source.kind")).isEqualTo("PRIMARY_DISCLOSURE");
        assertThat(claim.getString("organization.key")).isEqualTo("deepseek");
        assertThat(claim.getString("hardware.key")).isEqualTo("h800");
        assertThat(claim.getString("presentedScope.code")).isEqualTo("TRAINING");
        assertThat(claim.getString("cites")).isNull();
        assertThat(claim.getList("citedBy.key")).containsExactly("ibm-faq-v3-final-run", "varshney-r1-built-for");
        assertThat(claim.getList("coverage.category.position")).containsExactly(1, 2, 3, 4, 5, 6, 7);
        assertThat(claim.getList("coverage.coverage"))
                .containsExactly("INCLUDED", "INCLUDED", "EXCLUDED", "UNSTATED", "UNSTATED", "UNSTATED", "UNSTATED");
    }

    @Test
    void lineageAndRelationsAreNavigable() {
        JsonPath data = GraphQL.data("""
                { r1: model(key: "deepseek-r1") { baseModel { key derivedModels { key } } organization { key country } }
                  org: organization(key: "deepseek") { models { key } claims { key } }
                  source: source(key: "semianalysis-deepseek-debates") { publishedOn claims { key model { key } } } }""");

        assertThat(data.getString("r1.baseModel.key")).isEqualTo("deepseek-v3");
        assertThat(data.getList("r1.baseModel.derivedModels.key")).containsExactly("deepseek-r1");
        assertThat(data.getString("r1.organization.country")).isEqualTo("CN");
        assertThat(data.getList("org.models.key")).containsExactly("deepseek-r1", "deepseek-v3");
        assertThat(data.getList("org.claims.key")).contains("semianalysis-hardware-spend", "deepseek-v3-total");
        assertThat(data.getList("source.claims.key"))
                .containsExactly("semianalysis-hardware-spend", "semianalysis-server-capex");
        assertThat(data.getList("source.claims.model")).containsOnlyNulls();
    }

    @Test
    void unknownModelGivesNullAndUnknownScopeAClearError() {
        assertThat(GraphQL.data("{ scopedTotal(model: \"no-such-model\", scope: \"ALL_IN\") { lowUsd } }")
                        .getString("scopedTotal"))
                .isNull();

        JsonPath error = GraphQL.firstError(
                "{ scopedTotal(model: \"deepseek-v3\", scope: \"EVERYTHING\") { lowUsd } }", Map.of());
        assertThat(error.getString("extensions.code")).isEqualTo("INVALID_ARGUMENT");
        assertThat(error.getString("message"))
                .isEqualTo("scope \"EVERYTHING\" does not exist; the scopes are FINAL_RUN, TRAINING,"
                        + " DEVELOPMENT_COMPUTE, DEVELOPMENT, ALL_IN.");
    }
}
