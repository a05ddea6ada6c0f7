package io.costledger;

import static org.assertj.core.api.Assertions.assertThat;

import io.costledger.bundle.LoadService;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The dashboard page (claims, flags, a total and two sets of comparisons per model) runs the same number of SQL
 * statements whatever its size: every relation is fetched for a whole level at once (no N+1).
 */
@QuarkusTest
class StatementCountTest {

    private static final String PREFIX = "stmts";
    private static final String DASHBOARD = """
            query Dashboard($first: Int, $organization: String) {
              models(first: $first, filter: {organization: $organization}) {
                nodes {
                  key
                  organization { name }
                  claims { key amountLowUsd flags { code } source { kind } }
                  scopedTotal(scope: "ALL_IN") { lowUsd missingCategories }
                  comparisons { categories claims { key } minUsd maxUsd ratio }
                  onDemand: comparisons(rateKind: ON_DEMAND, includeFlagged: true) { minUsd ratio }
                }
              }
            }""";
    private static final String LINEAGE = """
            query Lineage($key: String!) {
              model(key: $key) {
                scopedTotal(scope: "TRAINING", includeLineage: true, rateKind: ON_DEMAND) {
                  lowUsd contributions { claim { key } model { key } lowUsd derived }
                }
              }
            }""";

    @Inject
    LoadService bundles;

    @Inject
    MeterRegistry registry;

    @BeforeEach
    void arrange() {
        bundles.load(Bundles.generated(PREFIX, 100, 3), Researcher.USER, false);
        bundles.load(Bundles.parse(lineage(1, "lineage-short")), Researcher.USER, false);
        bundles.load(Bundles.parse(lineage(6, "lineage-long")), Researcher.USER, false);
    }

    /** An organization with a chain of {@code depth} models, each trained from the previous one, one claim each. */
    private static String lineage(int depth, String prefix) {
        StringBuilder models = new StringBuilder();
        StringBuilder claims = new StringBuilder();
        for (int i = 0; i < depth; i++) {
            models.append(i == 0 ? "" : ",")
                    .append("{\"key\": \"%s-%d\", \"name\": \"M%d\", \"organization\": \"%s-org\"%s}"
                            .formatted(
                                    prefix,
                                    i,
                                    i,
                                    prefix,
                                    i == 0 ? "" : ", \"baseModel\": \"" + prefix + "-" + (i - 1) + "\""));
            claims.append(i == 0 ? "" : ",")
                    .append(
                            "{\"key\": \"%s-claim-%d\", \"source\": \"%s-source\", \"model\": \"%s-%d\", \"quote\": \"q\","
                                    .formatted(prefix, i, prefix, prefix, i))
                    .append(" \"gpuHours\": 100, \"hardware\": \"h800\", \"included\": [\"OTHER_TRAINING\"]}");
        }
        return """
                {"organizations": [{"key": "%s-org", "name": "Lineage"}],
                 "sources": [{"key": "%s-source", "title": "Lineage source", "kind": "OTHER", "publishedOn": "2025-01-01"}],
                 "models": [%s], "claims": [%s]}""".formatted(prefix, prefix, models, claims);
    }

    private long statements(String query, Map<String, Object> variables) {
        GraphQL.data(query, variables); // warm-up: taxonomy and prepared plans are not what is measured
        return Statements.during(registry, () -> GraphQL.data(query, variables));
    }

    @Test
    void dashboardPageCostsTheSameStatementsForTenOrOneHundredModels() {
        long ten = statements(DASHBOARD, Map.of("first", 10, "organization", PREFIX + "-org"));
        long hundred = statements(DASHBOARD, Map.of("first", 100, "organization", PREFIX + "-org"));

        System.out.printf("Dashboard page: %d SQL statements for 10 models, %d for 100%n", ten, hundred);
        assertThat(hundred).isEqualTo(ten);
        assertThat(ten).isLessThanOrEqualTo(10);
    }

    @Test
    void lineageTotalCostsTheSameStatementsForAnyDepth() {
        long shallow = statements(LINEAGE, Map.of("key", "lineage-short-0"));
        long deep = statements(LINEAGE, Map.of("key", "lineage-long-5"));

        System.out.printf("Lineage total: %d SQL statements at depth 1, %d at depth 6%n", shallow, deep);
        assertThat(deep).isEqualTo(shallow);
        JsonPath total = GraphQL.data(LINEAGE, Map.of("key", "lineage-long-5")).setRootPath("data.model.scopedTotal");
        assertThat(total.getList("contributions")).hasSize(6);
        assertThat(total.getList("contributions.derived")).containsOnly(true);
        assertThat(new java.math.BigDecimal(total.getString("lowUsd")))
                .isEqualByComparingTo("2052.00"); // 6 x 100 h x 3.42
    }

    @Test
    void aSummaryCostsTheSameStatementsWhateverTheNumberOfModels() {
        String summary = "{ summary(groupBy: ORGANIZATION, scope: \"ALL_IN\", includeLineage: true) {"
                + " organization { key } models claims claimsWithErrors totalLowUsd medianLowUsd"
                + " largest { model { key } lowUsd contributions { claim { key } } } } }";
        long before = statements(summary, Map.of());
        int models = GraphQL.data("{ models { totalCount } }").getInt("models.totalCount");
        bundles.load(Bundles.generated("stmts-summary", 150, 3), Researcher.USER, false);

        long after = statements(summary, Map.of());

        System.out.printf(
                "Summary: %d SQL statements over %d models, %d over %d%n",
                before, models, after, GraphQL.data("{ models { totalCount } }").getInt("models.totalCount"));
        assertThat(after).isEqualTo(before);
    }

    @Test
    void onlyTheTotalsAQueryAsksForAreComputed() {
        String query = "{ model(key: \"stmts-model-000\") { scopedTotal(scope: \"ALL_IN\") { lowUsd } }"
                + " models(first: 500) { nodes { key } } }";
        GraphQL.data(query);
        double before = registry.get("ledger.totals.computed").counter().count();

        JsonPath answer = GraphQL.data(query);

        assertThat(registry.get("ledger.totals.computed").counter().count() - before)
                .isEqualTo(1);
        assertThat(answer.getList("models.nodes")).hasSizeGreaterThan(100);
    }
}
