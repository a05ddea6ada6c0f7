package io.costledger.graphql;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import graphql.execution.RawVariables;
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
                        RawVariables.emptyVariables(),
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

    /** Introspection, priced at the schema's real list sizes: the GraphQL UI's query and nestings of it. */
    @ParameterizedTest
    @ValueSource(
            strings = {
                "{ __schema { types { name fields { name args { name type { name } } } } } }",
                "{ __schema { types { fields { type { fields { name type { name fields { name } } } } } } } }",
                "{ __schema { directives { name args { name } locations } types { interfaces { fields { name } }"
                        + " possibleTypes { name } inputFields { name type { inputFields { name } } }"
                        + " enumValues { name } } } }",
                "{ __type(name: \"Query\") { fields { name args { name type { name enumValues { name } } } } } }",
                "{ __typename models(first: 3) { __typename nodes { __typename key claims { __typename key } } } }"
            })
    void theCostOfIntrospectionIsAtLeastTheFieldsItsAnswerHolds(String query) throws Exception {
        theCostOfAQueryIsAtLeastTheFieldsItsAnswerHolds(query);
    }

    @Test
    void theGraphQLUIsIntrospectionQueryPassesTheDefaults() throws Exception {
        String everything = graphql.introspection.IntrospectionQueryBuilder.build(
                graphql.introspection.IntrospectionQueryBuilder.Options.defaultOptions()
                        .inputValueDeprecation(true)
                        .isOneOf(true)
                        .typeRefFragmentDepth(9));
        for (String query : List.of(IntrospectionQuery.INTROSPECTION_QUERY, everything)) {
            theCostOfAQueryIsAtLeastTheFieldsItsAnswerHolds(query);
            assertThat(cost(query)).isLessThan(250_000);
        }
    }

    @Test
    void aFragmentCostsWhereverItIsSpread() {
        String inline =
                "{ a: model(key: \"deepseek-v3\") { claims { key } } b: model(key: \"gpt-3\") { claims { key } } }";
        String spread = "{ a: model(key: \"deepseek-v3\") { ...M } b: model(key: \"gpt-3\") { ...M } }"
                + " fragment M on Model { claims { key } }";

        // each model 1, its claims 1 + 100 x key
        assertThat(cost(spread)).isEqualTo(cost(inline)).isEqualTo(2 * (1 + 1 + 100));
    }

    @Test
    void aDocumentThatExpandsPastTenThousandFieldsIsRefusedBeforeAnyStatement() {
        // each fragment spreads the next one twice under two aliases: 2^16 selections of key from a short text
        StringBuilder bomb = new StringBuilder("{ organizations { ...F0 } }");
        for (int level = 0; level < 16; level++) {
            bomb.append(" fragment F")
                    .append(level)
                    .append(" on Organization { a")
                    .append(level)
                    .append(": models { organization { ...F")
                    .append(level + 1)
                    .append(" } } b")
                    .append(level)
                    .append(": models { organization { ...F")
                    .append(level + 1)
                    .append(" } } }");
        }
        bomb.append(" fragment F16 on Organization { key }");
        JsonPath[] error = new JsonPath[1];

        long statements = Statements.during(registry, () -> error[0] = GraphQL.firstError(bomb.toString(), Map.of()));

        assertThat(statements).isZero();
        assertThat(error[0].getString("extensions.code")).isEqualTo("QUERY_TOO_COMPLEX");
        assertThat(error[0].getString("message"))
                .isEqualTo("The query selects more than 10000 fields once its fragments are expanded; ask for fewer"
                        + " fields.");
    }

    @Test
    void typeNamesCostNothing() {
        assertThat(cost("{ __typename }")).isZero();
        assertThat(cost("{ __typename models(first: 20) { __typename nodes { __typename key ... on Model {"
                        + " __typename } } } }"))
                .isEqualTo(cost("{ models(first: 20) { nodes { key } } }"))
                .isEqualTo(1 + 1 + 20);
    }

    @Test
    void theSchemasTypesCountTheirOwnListsAtTheirTotals() throws Exception {
        String query = "{ __schema { types { name fields(includeDeprecated: true) { name args { name } } } } }";
        JsonNode types = JSON.readTree(GraphQL.post(query, Map.of()).extract().asString())
                .at("/data/__schema/types");
        long fields = 0;
        long args = 0;
        for (JsonNode type : types) {
            for (JsonNode field : type.path("fields")) {
                fields++;
                args += field.get("args").size();
            }
        }
        assertThat(types.size()).isGreaterThan(50);

        // __schema, types; each type its name and fields; each field its name and args; each argument its name
        assertThat(cost(query)).isEqualTo(2 + 2L * types.size() + 2 * fields + args);
        // one type's fields count at the most any type has: an upper bound, not the totals
        assertThat(cost("{ __type(name: \"Claim\") { fields { name } } }")).isEqualTo(1 + 1 + maxFields(types));
    }

    private static long maxFields(JsonNode types) {
        long max = 0;
        for (JsonNode type : types) {
            max = Math.max(max, type.path("fields").size());
        }
        return max;
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
                "claims", List.of(claim("x"), claim("y")),
                "sources", List.of(Map.of("key", "s", "title", "S", "kind", "PRESS", "url", "https://example.org")));
        var variables = RawVariables.of(Map.of("b", bundle));

        long cost = built.cost()
                .measure(built.schema(), document, null, variables, () -> {
                    throw new AssertionError("a load report is not charged per model");
                })
                .cost();

        // loadBundle 1; changes: 3 items x (key 1 + fields 1 + 24 x 2); claims: 2 x (key 1 + flags 1 + 8 x 3)
        assertThat(cost).isEqualTo(1 + (1 + 3 * (1 + 1 + 24 * 2)) + (1 + 2 * (1 + 1 + 8 * 3)));
    }

    private static Map<String, Object> claim(String key) {
        return Map.of("key", key, "source", "s", "quote", "q", "included", List.of("FINAL_TRAINING_RUN"));
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
