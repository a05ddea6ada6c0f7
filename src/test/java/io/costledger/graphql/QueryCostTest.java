package io.costledger.graphql;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import graphql.execution.CoercedVariables;
import graphql.introspection.IntrospectionQuery;
import io.costledger.GraphQL;
import io.costledger.H2;
import io.costledger.Researcher;
import io.costledger.Statements;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every query's cost is worked out before it runs, and is at least the number of fields its answer can hold: each
 * list counts at the most it may hold. A query over a limit is refused with its measure and the limit, having sent
 * no SQL statement.
 */
@QuarkusTest
@TestProfile(QueryCostTest.ReferenceLedger.class)
class QueryCostTest {

    /**
     * The reference data alone: the queries below read whole lists, and the lists other tests grow past their maxima
     * (a source of 300 claims) answer {@code LIST_TOO_LONG}, as they should.
     */
    public static class ReferenceLedger implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of(
                    "%test.quarkus.datasource.jdbc.url",
                    H2.url("ledger-query-cost"), "ledger.limits.list-maximum.\"Hardware.rates\"", "50");
        }
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    GraphQLEngine engine;

    @Inject
    MeterRegistry registry;

    private long cost(String query) {
        GraphQLEngine.Built built = engine.built();
        return built.cost()
                .measure(
                        built.schema(),
                        built.documents().entry(query).getDocument(),
                        null,
                        CoercedVariables.emptyVariables(),
                        () -> {
                            throw new AssertionError("these queries select no summary");
                        })
                .cost();
    }

    /** How many fields the answer holds: every key of every object, a list of values counting once. */
    private static long fields(JsonNode node) {
        long count = 0;
        if (node.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> fields = node.fields(); fields.hasNext(); ) {
                count += 1 + fields(fields.next().getValue());
            }
        } else if (node.isArray()) {
            for (JsonNode element : node) {
                count += fields(element);
            }
        }
        return count;
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "{ costScopes { code categories { code position } } costCategories { code } }",
                "{ organizations { key name models { key releasedOn } } }",
                "{ organization(key: \"deepseek\") { models { key claims { key flags { code categories } } } claims { key } } }",
                "{ models(first: 20) { totalCount pageInfo { endCursor } nodes { key organization { name } baseModel { key }"
                        + " derivedModels { key } claims { key amountLowUsd source { kind } coverage { coverage }"
                        + " flags { code } cites { key } costAt(rateKind: ON_DEMAND) }"
                        + " scopedTotal(scope: \"ALL_IN\", includeLineage: true) { lowUsd missingCategories"
                        + " contributions { claim { key } categories } skipped { claim { key } reason } } } } }",
                "{ hardware { key rates { kind usdPerGpuHour source { key } } } hardwareRates { usdPerGpuHour } }",
                "{ sources(first: 200) { nodes { key claims { key quote } } } claims(first: 500) { nodes { key citedBy { key } } } }",
                "{ loads(first: 1) { totalCount nodes { number changes { kind key change } } }"
                        + " history(kind: SOURCE, key: \"ai-index-2024\") { change item load { number } } }"
            })
    void theCostOfAQueryIsAtLeastTheFieldsItsAnswerHolds(String query) throws Exception {
        long cost = cost(query);
        JsonNode answer = JSON.readTree(GraphQL.post(query, Map.of()).extract().asString());

        assertThat(answer.has("errors")).as(answer.toString()).isFalse();
        assertThat(cost).isGreaterThanOrEqualTo(fields(answer.get("data")));
    }

    @Test
    void everyListFieldOfTheApiDeclaresItsMaximum() {
        assertThat(engine.built().lists().undeclared()).isEmpty();
    }

    @Test
    void aQueryOverTheCostLimitIsRefusedWithItsCostAndTheLimitBeforeAnyStatement() {
        String fanOut = "{ organization(key: \"deepseek\") { claims { key organization { claims { key organization {"
                + " claims { key organization { claims { key } } } } } } } } }";
        JsonPath[] error = new JsonPath[1];

        long statements = Statements.during(registry, () -> error[0] = GraphQL.firstError(fanOut, Map.of()));

        assertThat(statements).isZero();
        assertThat(error[0].getString("extensions.code")).isEqualTo("QUERY_TOO_COMPLEX");
        assertThat(error[0].getLong("extensions.limit")).isEqualTo(250_000);
        assertThat(error[0].getLong("extensions.cost")).isEqualTo(cost(fanOut)).isGreaterThan(1_000_000_000L);
        assertThat(error[0].getString("message"))
                .isEqualTo(
                        "The query could cost " + cost(fanOut) + " (1 a field, a list's fields once per element it"
                                + " may hold, a summary 1 more per model it covers); at most 250000 is allowed. Ask for smaller pages or fewer fields.");
    }

    @Test
    void aRelationsMaximumIsASetting() {
        // Hardware.rates declares 100; this profile sets 50. hardware (at most 200): 1 + 200 x (rates 1 + 50 x kind)
        assertThat(cost("{ hardware { rates { kind } } }")).isEqualTo(1 + 200 * (1 + 50));
        assertThat(cost("{ hardware { key } }")).isEqualTo(1 + 200);
    }

    @Test
    void costsSaturateRatherThanOverflow() {
        String huge = Stream.of("a", "b", "c", "d")
                .map(alias -> alias + ": models(first: 715827883) { nodes { key name releasedOn } }")
                .collect(Collectors.joining(" ", "{ ", " }"));

        JsonPath error = GraphQL.firstError(huge, Map.of());

        assertThat(error.getString("extensions.code")).isEqualTo("QUERY_TOO_COMPLEX");
        assertThat(error.getLong("extensions.cost")).isGreaterThan(8_000_000_000L);
        String beyondLong = "{ organizations { claims { " + "citedBy { ".repeat(12) + "key" + " }".repeat(12)
                + " } } }"; // 1,000 x 500 x 50^12 elements
        assertThat(cost(beyondLong)).isEqualTo(Long.MAX_VALUE);
    }

    @Test
    void aDashboardOfFourScopesAtFourRateKindsPassesAndMoreComputedFieldsDoNot() {
        StringBuilder sixteen = new StringBuilder();
        for (String scope : List.of("FINAL_RUN", "TRAINING", "DEVELOPMENT", "ALL_IN")) {
            for (String kind : List.of("NOTIONAL", "ON_DEMAND", "COMMITTED_1Y", "COMMITTED_3Y")) {
                sixteen.append(scope.toLowerCase())
                        .append('_')
                        .append(kind.toLowerCase())
                        .append(": scopedTotal(scope: \"")
                        .append(scope)
                        .append("\", rateKind: ")
                        .append(kind)
                        .append(") { lowUsd lowerBound } ");
            }
        }
        JsonPath page = GraphQL.data("{ models(first: 100) { nodes { key " + sixteen + "} } }");
        assertThat(page.getList("models.nodes")).isNotEmpty();
        assertThat(new java.math.BigDecimal(
                        page.getString("models.nodes.find { it.key == 'deepseek-v3' }.training_on_demand.lowUsd")))
                .isEqualByComparingTo("9534960.00");

        String more = sixteen + "x1: scopedTotal(scope: \"ALL_IN\") { lowUsd } ".repeat(1)
                + " costAt1: claims { costAt(rateKind: ON_DEMAND) } "
                + "x2: scopedTotal(scope: \"TRAINING\") { lowUsd }"
                + " x3: scopedTotal(scope: \"TRAINING\") { lowUsd } x4: scopedTotal(scope: \"TRAINING\") { lowUsd }"
                + " x5: scopedTotal(scope: \"TRAINING\") { lowUsd } x6: scopedTotal(scope: \"TRAINING\") { lowUsd }"
                + " x7: scopedTotal(scope: \"TRAINING\") { lowUsd } c1: comparisons(rateKind: COMMITTED_1Y) { ratio }";
        JsonPath error = GraphQL.firstError("{ models(first: 10) { nodes { key " + more + "} } }", Map.of());
        assertThat(error.getString("extensions.code")).isEqualTo("QUERY_TOO_COMPLEX");
        assertThat(error.getInt("extensions.computedFields")).isEqualTo(25);
        assertThat(error.getInt("extensions.limit")).isEqualTo(24);
    }

    @Test
    void tooDeepIsRefusedBeforeAnyStatementAndIntrospectionPasses() {
        String deep = "{ claims { nodes { " + "cites { ".repeat(30) + "key" + " }".repeat(30) + " } } }";
        JsonPath[] error = new JsonPath[1];

        long statements = Statements.during(registry, () -> error[0] = GraphQL.firstError(deep, Map.of()));

        assertThat(statements).isZero();
        assertThat(error[0].getString("extensions.code")).isEqualTo("QUERY_TOO_DEEP");
        assertThat(error[0].getString("message"))
                .isEqualTo("The query nests fields 33 levels deep; at most 20 are allowed. Ask for less at once, or"
                        + " follow keys with separate queries.");
        JsonPath schema = GraphQL.data(IntrospectionQuery.INTROSPECTION_QUERY);
        assertThat(schema.getString("__schema.queryType.name")).isEqualTo("Query");
        assertThat(GraphQL.data("{ claims(first: 1) { nodes { " + "cites { ".repeat(17) + "key" + " }".repeat(17)
                                + " } } }")
                        .getList("claims.nodes"))
                .hasSize(1);
    }

    @Test
    void aLoadReportCountsTheBundlesOwnItems() {
        String report = "mutation($b: BundleInput!) { loadBundle(bundle: $b, dryRun: true) { changes { key fields {"
                + " field after } } claims { key flags { code message categories } } } }";
        GraphQLEngine.Built built = engine.built();
        var document = built.documents().entry(report).getDocument();
        Map<String, Object> bundle = Map.of(
                "claims", List.of(Map.of("key", "x"), Map.of("key", "y")), "sources", List.of(Map.of("key", "s")));
        var variables = CoercedVariables.of(Map.of("b", bundle));

        long cost = built.cost()
                .measure(built.schema(), document, null, variables, () -> {
                    throw new AssertionError("a load report is not charged per model");
                })
                .cost();

        // loadBundle 1; changes: 3 items x (key 1 + fields 1 + 24 x 2); claims: 2 x (key 1 + flags 1 + 8 x 3)
        assertThat(cost).isEqualTo(1 + (1 + 3 * (1 + 1 + 24 * 2)) + (1 + 2 * (1 + 1 + 8 * 3)));
    }

    @Test
    void aSummaryCostsOneMorePerModelItCoversAndCountsAsAComputedField() {
        // a page of 249,000 claims' keys puts the query over the limit, so the refusal tells its cost
        String summary = "{ summary(groupBy: YEAR, scope: \"ALL_IN\") { year totalLowUsd }"
                + " claims(first: 249000) { nodes { key } } }";
        long page = 1 + (1 + 249_000);
        int models = GraphQL.data("{ models { totalCount } }").getInt("models.totalCount");
        assertThat(models).isGreaterThan(40);

        // summary 1, 1 per model, its groups at most 500 of 2 fields each
        assertThat(refusedCost(summary)).isEqualTo(1 + models + 500 * 2 + page);

        Researcher.post("""
                {"organizations": [{"key": "cost-test-lab", "name": "Cost Test Lab"}],
                 "models": [{"key": "cost-test-1", "name": "Cost Test 1", "organization": "cost-test-lab"},
                            {"key": "cost-test-2", "name": "Cost Test 2", "organization": "cost-test-lab"},
                            {"key": "cost-test-3", "name": "Cost Test 3", "organization": "cost-test-lab"}]}
                """).statusCode(200);
        assertThat(refusedCost(summary)).isEqualTo(1 + (models + 3) + 500 * 2 + page);
        assertThat(refusedCost("{ a: summary(groupBy: YEAR, scope: \"ALL_IN\") { year }"
                        + " b: summary(groupBy: ORGANIZATION, scope: \"TRAINING\") { year }"
                        + " claims(first: 249000) { nodes { key } } }"))
                .isEqualTo(2 * (1 + (models + 3) + 500) + page);

        String tooMany = java.util.stream.IntStream.range(0, 25)
                .mapToObj(i -> "s" + i + ": summary(groupBy: YEAR, scope: \"ALL_IN\") { year }")
                .collect(Collectors.joining(" ", "{ ", " }"));
        JsonPath error = GraphQL.firstError(tooMany, Map.of());
        assertThat(error.getString("extensions.code")).isEqualTo("QUERY_TOO_COMPLEX");
        assertThat(error.getInt("extensions.computedFields")).isEqualTo(25);
    }

    private static long refusedCost(String query) {
        JsonPath error = GraphQL.firstError(query, Map.of());
        assertThat(error.getString("extensions.code")).isEqualTo("QUERY_TOO_COMPLEX");
        return error.getLong("extensions.cost");
    }
}
