package io.costledger.graphql;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.costledger.H2;
import io.costledger.Researcher;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every valid document gets its correct answer: the shapes real clients send (Apollo Client and urql add
 * {@code __typename} to every selection set), introspection beside data, aliases of one field with different
 * arguments, fragments, variables with defaults, several operations, directives. Each row is a document, its
 * variables and operation, and the whole answer expected, on the reference data.
 */
@QuarkusTest
@TestProfile(ValidDocumentsTest.ReferenceLedger.class)
class ValidDocumentsTest {

    /** The reference data alone. */
    public static class ReferenceLedger implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("%test.quarkus.datasource.jdbc.url", H2.url("ledger-valid-documents"));
        }
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    static Stream<Arguments> documents() {
        return Stream.of(
                // the smallest document Apollo Client's and urql's caches can send
                row("{ __typename }", null, null, """
                        {"__typename": "Query"}"""),
                // __typename at every level, as Apollo Client's InMemoryCache rewrites a query
                row("""
                        query ModelPage {
                          __typename
                          model(key: "deepseek-v3") {
                            __typename key name
                            organization { __typename key }
                            training: scopedTotal(scope: "TRAINING") { __typename lowUsd }
                          }
                          models(first: 1) { __typename totalCount pageInfo { __typename hasNextPage } nodes { __typename key } }
                        }""", null, null, """
                        {"__typename": "Query",
                         "model": {"__typename": "Model", "key": "deepseek-v3", "name": "DeepSeek-V3",
                                   "organization": {"__typename": "Organization", "key": "deepseek"},
                                   "training": {"__typename": "ScopedTotal", "lowUsd": 5576000}},
                         "models": {"__typename": "ModelConnection", "totalCount": 48,
                                    "pageInfo": {"__typename": "PageInfo", "hasNextPage": true},
                                    "nodes": [{"__typename": "Model", "key": "arctic"}]}}"""),
                // named and inline fragments, __typename inside them
                row("""
                        query { model(key: "deepseek-v3") { ...Named ... on Model { __typename releasedOn } } }
                        fragment Named on Model { __typename name organization { ...Org } }
                        fragment Org on Organization { __typename name }""", null, null, """
                        {"model": {"__typename": "Model", "name": "DeepSeek-V3",
                                   "organization": {"__typename": "Organization", "name": "DeepSeek"},
                                   "releasedOn": "2024-12-26"}}"""),
                // introspection beside data fields
                row("""
                        { __schema { queryType { name } mutationType { name } }
                          __type(name: "ScopedTotal") { name kind }
                          model(key: "gpt-3") { name } }""", null, null, """
                        {"__schema": {"queryType": {"name": "Query"}, "mutationType": {"name": "Mutation"}},
                         "__type": {"name": "ScopedTotal", "kind": "OBJECT"},
                         "model": {"name": "GPT-3 175B"}}"""),
                // aliases of one field with different arguments, at the root and inside a list (one batch each)
                row("""
                        { a: model(key: "deepseek-v3") { name } b: model(key: "gpt-3") { name }
                          models(first: 2) { nodes { key
                            training: scopedTotal(scope: "TRAINING") { lowUsd }
                            allIn: scopedTotal(scope: "ALL_IN") { lowUsd }
                            onDemand: scopedTotal(scope: "TRAINING", rateKind: ON_DEMAND) { lowUsd } } } }""", null, null, """
                        {"a": {"name": "DeepSeek-V3"}, "b": {"name": "GPT-3 175B"},
                         "models": {"nodes": [
                           {"key": "arctic", "training": {"lowUsd": 0}, "allIn": {"lowUsd": 0}, "onDemand": {"lowUsd": 0}},
                           {"key": "bert-base", "training": {"lowUsd": 3751}, "allIn": {"lowUsd": 3751},
                            "onDemand": {"lowUsd": 0}}]}}"""),
                // a variable's default, then the same document with the variable given
                row("""
                        query Model($key: String! = "deepseek-v3") { model(key: $key) { name } }""", null, null, """
                        {"model": {"name": "DeepSeek-V3"}}"""),
                row("""
                        query Model($key: String! = "deepseek-v3") { model(key: $key) { name } }""", Map.of("key", "gpt-3"), null, """
                        {"model": {"name": "GPT-3 175B"}}"""),
                // several operations: the one named runs
                row("""
                        query First { model(key: "deepseek-v3") { name } }
                        query Second { model(key: "gpt-3") { __typename name } }""", null, "Second", """
                        {"model": {"__typename": "Model", "name": "GPT-3 175B"}}"""),
                // @include and @skip, by variable and by literal
                row("""
                        query($full: Boolean!) {
                          model(key: "deepseek-v3") {
                            name
                            organization @include(if: $full) { key }
                            releasedOn @skip(if: $full)
                            key @skip(if: false)
                            claims @include(if: false) { key }
                          }
                        }""", Map.of("full", true), null, """
                        {"model": {"name": "DeepSeek-V3", "organization": {"key": "deepseek"}, "key": "deepseek-v3"}}"""),
                row("""
                        query($full: Boolean = false) {
                          model(key: "deepseek-v3") { name organization @include(if: $full) { key } releasedOn @skip(if: $full) }
                        }""", null, null, """
                        {"model": {"name": "DeepSeek-V3", "releasedOn": "2024-12-26"}}"""),
                // an input object with a variable inside it, and a list variable
                row("""
                        query($orgs: [String!]) {
                          models(first: 3, filter: {organizations: $orgs}, orderBy: [{field: KEY, direction: DESC}]) {
                            __typename nodes { key organization { key } }
                          }
                        }""", Map.of("orgs", java.util.List.of("deepseek")), null, """
                        {"models": {"__typename": "ModelConnection", "nodes": [
                          {"key": "deepseek-v3", "organization": {"key": "deepseek"}},
                          {"key": "deepseek-r1", "organization": {"key": "deepseek"}}]}}"""));
    }

    private static Arguments row(String document, Map<String, Object> variables, String operation, String answer) {
        return Arguments.of(document, variables, operation, answer);
    }

    @ParameterizedTest
    @MethodSource("documents")
    void everyValidDocumentGetsItsAnswer(
            String document, Map<String, Object> variables, String operation, String expected) throws Exception {
        JsonNode answer = JSON.readTree(post(given(), document, variables, operation));

        assertThat(answer.get("errors")).as(answer.toString()).isNull();
        assertThat(answer.get("data")).isEqualTo(JSON.readTree(expected));
    }

    @org.junit.jupiter.api.Test
    void aResearchersMutationAnswersTypeNamesToo() throws Exception {
        String document = """
                mutation Check($bundle: BundleInput!) {
                  __typename
                  loadBundle(bundle: $bundle, dryRun: true) { __typename dryRun created changes { __typename kind key } }
                }""";
        Map<String, Object> bundle =
                Map.of("organizations", java.util.List.of(Map.of("key", "typename-lab", "name", "Typename Lab")));
        RequestSpecification researcher = given().auth().preemptive().basic(Researcher.USER, Researcher.PASSWORD);

        JsonNode answer = JSON.readTree(post(researcher, document, Map.of("bundle", bundle), null));

        assertThat(answer.get("errors")).as(answer.toString()).isNull();
        assertThat(answer.get("data")).isEqualTo(JSON.readTree("""
                {"__typename": "Mutation",
                 "loadBundle": {"__typename": "LoadReport", "dryRun": true, "created": 1,
                                "changes": [{"__typename": "ItemChange", "kind": "ORGANIZATION", "key": "typename-lab"}]}}"""));
    }

    private static String post(
            RequestSpecification request, String document, Map<String, Object> variables, String operation) {
        Map<String, Object> body = new HashMap<>();
        body.put("query", document);
        body.put("variables", variables);
        body.put("operationName", operation);
        return request.contentType(ContentType.JSON)
                .body(body)
                .when()
                .post("/graphql")
                .then()
                .statusCode(200)
                .extract()
                .asString();
    }
}
