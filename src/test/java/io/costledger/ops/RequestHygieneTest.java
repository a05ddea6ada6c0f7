package io.costledger.ops;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.costledger.GraphQL;
import io.costledger.Researcher;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * The second round's smaller faults, each answered as documented: a document with two loads is refused before
 * anything runs; NUL in a path or a parameter is a 400 with the error shape; {@code If-None-Match: *} holds only an
 * answer that would be 200; no two requests share an entity tag; a bundle body must say it is JSON; a conflict flag
 * names ten claims, then how many more.
 */
@QuarkusTest
class RequestHygieneTest {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @Test
    void aDocumentWithTwoLoadsIsRefusedBeforeEitherRuns() {
        String org = "{organizations: [{key: \"%s\", name: \"Two loads\"}]}";
        String document = "mutation { a: loadBundle(bundle: " + org.formatted("two-loads-a") + ") { created }"
                + " b: loadBundle(bundle: " + org.formatted("two-loads-b") + ") { created } }";

        JsonPath error = new JsonPath(Researcher.mutateDocument(document)).setRootPath("errors[0]");

        assertThat(error.getString("extensions.code")).isEqualTo("GRAPHQL_VALIDATION_FAILED");
        assertThat(error.getString("message"))
                .isEqualTo("A request runs one mutation field at most, so that each load is committed and answered on"
                        + " its own; this one has 2. Send one request per bundle.");
        assertThat(GraphQL.data("{ organization(key: \"two-loads-a\") { key } }")
                        .getString("organization"))
                .isNull();
    }

    @Test
    void aNulInAPathOrAParameterIsABadRequestWithTheErrorShape() throws Exception {
        for (String path : List.of("/models/gpt%003", "/claims.csv?model=gpt%00", "/models.csv?scope=ALL%00_IN")) {
            HttpResponse<String> answer = HTTP.send(
                    HttpRequest.newBuilder(URI.create("http://localhost:" + io.restassured.RestAssured.port + path))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(answer.statusCode()).as(path).isEqualTo(400);
            assertThat(new JsonPath(answer.body()).getString("code")).as(path).isEqualTo("INVALID_ARGUMENT");
            assertThat(new JsonPath(answer.body()).getString("message"))
                    .as(path)
                    .endsWith("holds a NUL character or an unpaired surrogate.");
        }
    }

    @Test
    void anyTagHoldsOnlyAnAnswerThatWouldBe200() {
        ExtractableResponse<Response> valid = given().queryParam("query", "{ costScopes { code } }")
                .header("If-None-Match", "*")
                .when()
                .get("/graphql")
                .then()
                .extract();
        ExtractableResponse<Response> invalid = given().queryParam("query", "{ costScopes { nope } }")
                .header("If-None-Match", "*")
                .when()
                .get("/graphql")
                .then()
                .extract();
        ExtractableResponse<Response> mutation = given().queryParam("query", "mutation { __typename }")
                .header("If-None-Match", "*")
                .when()
                .get("/graphql")
                .then()
                .extract();

        assertThat(valid.statusCode()).isEqualTo(304);
        assertThat(invalid.statusCode()).isEqualTo(200);
        assertThat(invalid.jsonPath().getString("errors[0].extensions.code")).isEqualTo("GRAPHQL_VALIDATION_FAILED");
        assertThat(mutation.statusCode()).isEqualTo(405);
    }

    @Test
    void noTwoRequestsShareATag() {
        // joined by a line break, these two requests would be one text
        ExtractableResponse<Response> first = given().queryParam("query", "query Y { costScopes { code } }\n#X")
                .queryParam("operationName", "Y")
                .when()
                .get("/graphql")
                .then()
                .extract();
        ExtractableResponse<Response> second = given().queryParam("query", "query Y { costScopes { code } }")
                .queryParam("operationName", "#X\nY")
                .header("If-None-Match", first.header("ETag"))
                .when()
                .get("/graphql")
                .then()
                .extract();

        assertThat(first.statusCode()).isEqualTo(200);
        assertThat(first.header("ETag")).isNotNull();
        assertThat(second.statusCode()).isEqualTo(200);
        assertThat(second.jsonPath().getString("errors[0].extensions.code")).isEqualTo("GRAPHQL_VALIDATION_FAILED");
    }

    @Test
    void aBundleBodyMustSayItIsJsonInUtf8() throws Exception {
        String body = "{\"organizations\": [{\"key\": \"typed-org\", \"name\": \"Typed\"}]}";
        String credentials = java.util.Base64.getEncoder().encodeToString("researcher:researcher".getBytes());
        for (String type : new String[] {null, "application/json; charset=latin1", "text/plain"}) {
            HttpRequest.Builder request = HttpRequest.newBuilder(
                            URI.create("http://localhost:" + io.restassured.RestAssured.port + "/bundles"))
                    .header("Authorization", "Basic " + credentials)
                    .POST(HttpRequest.BodyPublishers.ofString(body));
            if (type != null) {
                request.header("Content-Type", type);
            }
            HttpResponse<String> answer = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
            assertThat(answer.statusCode()).as(String.valueOf(type)).isEqualTo(415);
            assertThat(new JsonPath(answer.body()).getString("code")).isEqualTo("UNSUPPORTED_MEDIA_TYPE");
        }
        assertThat(GraphQL.data("{ organization(key: \"typed-org\") { key } }").getString("organization"))
                .isNull();
    }

    @Test
    void aConflictFlagNamesTenClaimsThenHowManyMore() {
        String claims = IntStream.range(0, 41)
                .mapToObj(i -> ("{\"key\": \"%s-%02d\", \"source\": \"bound-src-%d\", \"model\": \"bound-m\","
                                + " \"quote\": \"q\", \"included\": [\"FINAL_TRAINING_RUN\"], \"amountUsd\": %d}")
                        .formatted("k".repeat(190), i, i, i == 0 ? 100 : 1000 + i))
                .collect(Collectors.joining(", "));
        String sources = IntStream.range(0, 41)
                .mapToObj(i -> "{\"key\": \"bound-src-%d\", \"title\": \"S\", \"kind\": \"PRESS\"}".formatted(i))
                .collect(Collectors.joining(", "));
        Researcher.post("{\"organizations\": [{\"key\": \"bound-org\", \"name\": \"Bound\"}], \"models\": [{\"key\":"
                        + " \"bound-m\", \"name\": \"Bound\", \"organization\": \"bound-org\"}], \"sources\": ["
                        + sources
                        + "], \"claims\": [" + claims + "]}")
                .statusCode(200);

        String message = GraphQL.data("{ claim(key: \"" + "k".repeat(190) + "-00\") { flags { code message } } }")
                .getString("claim.flags.find { it.code == 'CONFLICTING_ESTIMATES' }.message");

        assertThat(message).endsWith(" and 30 more.").hasSizeLessThan(4000);
        assertThat(message.split("\\(x")).hasSize(11);
        assertThat(Map.of("named", message.split(", ").length)).isEqualTo(Map.of("named", 10));
    }
}
