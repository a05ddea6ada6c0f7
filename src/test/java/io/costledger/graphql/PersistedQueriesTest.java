package io.costledger.graphql;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.costledger.PageDocuments;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Automatic persisted queries, the protocol of Apollo Client's and urql's persisted-query links: a hash the service
 * does not know answers {@code PersistedQueryNotFound}, the client sends the document with its hash once, and from
 * then on the hash alone runs it, over POST or as a short GET that revalidates by its ETag.
 */
@QuarkusTest
class PersistedQueriesTest {

    private static final String QUERY =
            "query ApqTotal { model(key: \"deepseek-v3\") { name" + " scopedTotal(scope: \"TRAINING\") { lowUsd } } }";
    private static final String HASH = TrustedDocuments.sha256Of(QUERY);

    private static Map<String, Object> persisted(String hash) {
        return Map.of("persistedQuery", Map.of("version", 1, "sha256Hash", hash));
    }

    private static ExtractableResponse<Response> post(String query, Map<String, Object> extensions, String accept) {
        Map<String, Object> body = new HashMap<>();
        if (query != null) {
            body.put("query", query);
        }
        body.put("extensions", extensions);
        return given().contentType(ContentType.JSON)
                .accept(accept)
                .body(body)
                .when()
                .post("/graphql")
                .then()
                .extract();
    }

    @Test
    void anUnknownHashIsNotFoundUntilTheDocumentIsSentWithIt() {
        String query = QUERY.replace("ApqTotal", "ApqFirst");
        String hash = TrustedDocuments.sha256Of(query);

        ExtractableResponse<Response> unknown = post(null, persisted(hash), "application/json");
        assertThat(unknown.statusCode()).isEqualTo(200);
        assertThat(unknown.jsonPath().getString("errors[0].message")).isEqualTo("PersistedQueryNotFound");
        assertThat(unknown.jsonPath().getString("errors[0].extensions.code")).isEqualTo("PERSISTED_QUERY_NOT_FOUND");
        assertThat(unknown.jsonPath().getMap("")).doesNotContainKey("data");
        ExtractableResponse<Response> strict = post(null, persisted(hash), "application/graphql-response+json");
        assertThat(strict.statusCode()).isEqualTo(400);
        assertThat(strict.contentType()).startsWith("application/graphql-response+json");
        assertThat(strict.jsonPath().getString("errors[0].extensions.code")).isEqualTo("PERSISTED_QUERY_NOT_FOUND");

        JsonPath registered = post(query, persisted(hash), "application/json").jsonPath();
        assertThat(registered.getString("data.model.name")).isEqualTo("DeepSeek-V3");

        JsonPath byHash =
                post(null, persisted(hash.toUpperCase()), "application/json").jsonPath();
        assertThat(byHash.getString("errors")).isNull();
        assertThat(byHash.getLong("data.model.scopedTotal.lowUsd")).isEqualTo(5_576_000L);
    }

    @Test
    void aHashThatIsNotTheDocumentsIsRefusedAndRegistersNothing() {
        String query = QUERY.replace("ApqTotal", "ApqMismatch");
        String other = TrustedDocuments.sha256Of(query + " ");

        JsonPath mismatch = post(query, persisted(other), "application/json").jsonPath();

        assertThat(mismatch.getString("errors[0].extensions.code")).isEqualTo("PERSISTED_QUERY_HASH_MISMATCH");
        assertThat(mismatch.getString("errors[0].message"))
                .isEqualTo("The document's SHA-256 hash is not the persisted id sent with it.");
        assertThat(post(null, persisted(other), "application/json").jsonPath().getString("errors[0].extensions.code"))
                .isEqualTo("PERSISTED_QUERY_NOT_FOUND");
    }

    @Test
    void aHashedGetIsShortAndRevalidatesByItsTag() {
        post(QUERY, persisted(HASH), "application/json");
        String extensions = "{\"persistedQuery\":{\"version\":1,\"sha256Hash\":\"" + HASH + "\"}}";

        ExtractableResponse<Response> first = given().queryParam("operationName", "ApqTotal")
                .queryParam("extensions", extensions)
                .when()
                .get("/graphql")
                .then()
                .extract();
        assertThat(first.statusCode()).isEqualTo(200);
        assertThat(first.jsonPath().getString("data.model.name")).isEqualTo("DeepSeek-V3");
        String tag = first.header("ETag");
        assertThat(tag).isNotNull();

        ExtractableResponse<Response> again = given().queryParam("operationName", "ApqTotal")
                .queryParam("extensions", extensions)
                .header("If-None-Match", tag)
                .when()
                .get("/graphql")
                .then()
                .extract();
        assertThat(again.statusCode()).isEqualTo(304);
    }

    @Test
    void theExtensionsAndThePersistedQueryMustHaveTheirShapes() {
        Map<String, Object> body = new HashMap<>();
        body.put("query", "{ __typename }");
        for (Object extensions : new Object[] {"persistedQuery", 1, true, java.util.List.of()}) {
            body.put("extensions", extensions);
            JsonPath refused = given().contentType(ContentType.JSON)
                    .body(body)
                    .when()
                    .post("/graphql")
                    .then()
                    .statusCode(400)
                    .extract()
                    .jsonPath();
            assertThat(refused.getString("errors[0].extensions.code")).isEqualTo("INVALID_REQUEST");
            assertThat(refused.getString("errors[0].message"))
                    .isEqualTo("This is not a GraphQL request: \"extensions\" must be a JSON object or null.");
        }
        assertThat(post(null, Map.of("persistedQuery", Map.of("version", 2, "sha256Hash", HASH)), "application/json")
                        .jsonPath()
                        .getString("errors[0].message"))
                .isEqualTo("This is not a GraphQL request: \"extensions.persistedQuery.version\" must be 1.");
        assertThat(post(null, persisted("a b"), "application/json").jsonPath().getString("errors[0].message"))
                .isEqualTo("This is not a GraphQL request: \"extensions.persistedQuery.sha256Hash\" must be the"
                        + " document's hash, 1 to 200 letters, digits, ':', '-' or '_'.");
        assertThat(post(null, Map.of("other", 1), "application/json").jsonPath().getString("errors[0].message"))
                .isEqualTo("This is not a GraphQL request: \"query\" must be the GraphQL document, as a string.");
    }

    @Test
    void thePagesDocumentsRunByTheirIdWithoutBeingSent() throws Exception {
        String page = PageDocuments.text();

        JsonPath answer = given().queryParam("documentId", "sha256:" + TrustedDocuments.sha256Of(page))
                .queryParam("operationName", "Summary")
                .queryParam("variables", "{\"scope\": \"TRAINING\"}")
                .when()
                .get("/graphql")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();

        assertThat(answer.getString("errors")).isNull();
        assertThat(answer.getInt("data.summary[0].year")).isEqualTo(2017);
    }
}
