package io.costledger.graphql;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.costledger.H2;
import io.costledger.PageDocuments;
import io.costledger.Researcher;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Trusted documents on: a caller without credentials may run only the documents of the operator's files (GraphQL
 * Codegen's {@code persisted-documents.json}, Apollo's manifest) and the page's own; anything else, APQ registration
 * and introspection included, is refused with {@code DOCUMENT_NOT_TRUSTED}. The researcher may run any document.
 */
@QuarkusTest
@TestProfile(TrustedDocumentsTest.Trusted.class)
class TrustedDocumentsTest {

    public static class Trusted implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of(
                    "%test.quarkus.datasource.jdbc.url",
                    H2.url("ledger-trusted-documents"),
                    "ledger.trusted-documents.enabled",
                    "true",
                    "ledger.trusted-documents.files",
                    "src/test/resources/trusted/persisted-documents.json,"
                            + "src/test/resources/trusted/persisted-query-manifest.json");
        }
    }

    /** In persisted-documents.json under its SHA-1 id, as GraphQL Codegen's client preset writes it by default. */
    private static final String MODELS =
            "query DashboardModels($first: Int) { models(first: $first) { totalCount nodes { __typename key name } } }";

    private static final String CODEGEN_ID = "d8890d6a3507a53bf75abf3a101769372b43dddf";

    /** In Apollo's manifest under its SHA-256 id. */
    private static final String TOTAL = "query DashboardTotal($key: String!) { model(key: $key) { __typename name"
            + " training: scopedTotal(scope: \"TRAINING\") { __typename lowUsd } } }";

    private static final String NOT_TRUSTED = "This service runs only its trusted documents for callers without"
            + " credentials, and this document is not one of them; its operator adds a dashboard's documents to the"
            + " trusted documents files (see the README).";

    private static ExtractableResponse<Response> post(RequestSpecification request, Map<String, Object> body) {
        return request.contentType(ContentType.JSON)
                .body(body)
                .when()
                .post("/graphql")
                .then()
                .extract();
    }

    private static Map<String, Object> body(String query, Map<String, Object> variables, Object... more) {
        Map<String, Object> body = new HashMap<>();
        if (query != null) {
            body.put("query", query);
        }
        body.put("variables", variables);
        for (int i = 0; i < more.length; i += 2) {
            body.put((String) more[i], more[i + 1]);
        }
        return body;
    }

    private static Map<String, Object> persisted(String hash) {
        return Map.of("persistedQuery", Map.of("version", 1, "sha256Hash", hash));
    }

    @Test
    void anonymousCallersRunTheListedDocumentsByIdByHashOrAsText() {
        JsonPath byCodegenId = post(given(), body(null, Map.of("first", 2), "documentId", CODEGEN_ID))
                .jsonPath();
        assertThat(byCodegenId.getString("errors")).isNull();
        assertThat(byCodegenId.getList("data.models.nodes.key")).containsExactly("arctic", "bert-base");

        JsonPath byManifestHash = post(
                        given(),
                        body(
                                null,
                                Map.of("key", "deepseek-v3"),
                                "extensions",
                                persisted(TrustedDocuments.sha256Of(TOTAL))))
                .jsonPath();
        assertThat(byManifestHash.getLong("data.model.training.lowUsd")).isEqualTo(5_576_000L);

        // urql's persistedExchange with GraphQL Codegen sends the codegen id where Apollo's protocol has the hash
        JsonPath codegenIdAsHash = post(given(), body(null, Map.of("first", 1), "extensions", persisted(CODEGEN_ID)))
                .jsonPath();
        assertThat(codegenIdAsHash.getList("data.models.nodes.key")).containsExactly("arctic");
        JsonPath prefixed = post(given(), body(null, Map.of("first", 1), "documentId", "sha1:" + CODEGEN_ID))
                .jsonPath();
        assertThat(prefixed.getList("data.models.nodes.key")).containsExactly("arctic");

        JsonPath asText = post(given(), body(MODELS, Map.of("first", 1))).jsonPath();
        assertThat(asText.getList("data.models.nodes.key")).containsExactly("arctic");
    }

    @Test
    void anythingElseIsRefusedForAnonymousCallersIntrospectionAndRegistrationIncluded() {
        for (String query : new String[] {
            "{ models(first: 1) { nodes { key } } }", MODELS + " ", "{ __schema { queryType { name } } }"
        }) {
            ExtractableResponse<Response> refused = post(given(), body(query, Map.of()));
            assertThat(refused.statusCode()).isEqualTo(200);
            assertThat(refused.jsonPath().getString("errors[0].extensions.code"))
                    .isEqualTo("DOCUMENT_NOT_TRUSTED");
            assertThat(refused.jsonPath().getString("errors[0].message")).isEqualTo(NOT_TRUSTED);
            assertThat(refused.jsonPath().getMap("")).doesNotContainKey("data");
        }
        ExtractableResponse<Response> strict = post(
                given().accept("application/graphql-response+json"),
                body("{ models(first: 1) { nodes { key } } }", Map.of()));
        assertThat(strict.statusCode()).isEqualTo(403);

        String unlisted = "query Unlisted { models(first: 1) { nodes { key } } }";
        String hash = TrustedDocuments.sha256Of(unlisted);
        assertThat(code(post(given(), body(null, Map.of(), "extensions", persisted(hash)))))
                .isEqualTo("PERSISTED_QUERY_NOT_FOUND");
        assertThat(code(post(given(), body(unlisted, Map.of(), "extensions", persisted(hash)))))
                .isEqualTo("DOCUMENT_NOT_TRUSTED");
        assertThat(code(post(given(), body(null, Map.of(), "extensions", persisted(hash)))))
                .as("the refused registration registered nothing")
                .isEqualTo("PERSISTED_QUERY_NOT_FOUND");
        assertThat(code(post(given(), body(null, Map.of(), "documentId", "no-such-document"))))
                .isEqualTo("PERSISTED_QUERY_NOT_FOUND");
    }

    @Test
    void theResearcherRunsAnyDocumentAndRegistersPersistedQueries() {
        RequestSpecification researcher = given().auth().preemptive().basic(Researcher.USER, Researcher.PASSWORD);
        JsonPath free = post(researcher, body("{ __schema { queryType { name } } }", Map.of()))
                .jsonPath();
        assertThat(free.getString("data.__schema.queryType.name")).isEqualTo("Query");

        String mine = "query ResearcherOnly { model(key: \"gpt-3\") { name } }";
        String hash = TrustedDocuments.sha256Of(mine);
        researcher = given().auth().preemptive().basic(Researcher.USER, Researcher.PASSWORD);
        assertThat(post(researcher, body(mine, Map.of(), "extensions", persisted(hash)))
                        .jsonPath()
                        .getString("data.model.name"))
                .isEqualTo("GPT-3 175B");
        researcher = given().auth().preemptive().basic(Researcher.USER, Researcher.PASSWORD);
        assertThat(post(researcher, body(null, Map.of(), "extensions", persisted(hash)))
                        .jsonPath()
                        .getString("data.model.name"))
                .isEqualTo("GPT-3 175B");
        assertThat(code(post(given(), body(null, Map.of(), "extensions", persisted(hash)))))
                .as("a researcher's registration does not make a document trusted")
                .isEqualTo("PERSISTED_QUERY_NOT_FOUND");
        assertThat(code(post(given().auth().preemptive().basic(Researcher.USER, "wrong"), body(mine, Map.of()))))
                .isEqualTo("DOCUMENT_NOT_TRUSTED");
    }

    @Test
    void thePagesOwnDocumentsAreAlwaysTrusted() throws Exception {
        String page = PageDocuments.text();

        JsonPath answer = given().queryParam("query", page)
                .queryParam("operationName", "Model")
                .queryParam("variables", "{\"key\": \"deepseek-v3\"}")
                .when()
                .get("/graphql")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();

        assertThat(answer.getString("errors")).isNull();
        assertThat(answer.getLong("data.model.training.lowUsd")).isEqualTo(5_576_000L);
    }

    private static String code(ExtractableResponse<Response> response) {
        return response.jsonPath().getString("errors[0].extensions.code");
    }
}
