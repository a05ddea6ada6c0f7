package io.costledger.ops;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.nullValue;

import io.costledger.Researcher;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * What a careless or hostile client sends over HTTP gets a clear answer in the one error shape, and no page of another
 * site can write: GraphQL-over-HTTP rules, media types, origins, CORS and the credentials challenge.
 */
@QuarkusTest
class HttpHardeningTest {

    private static final String QUERY = "{\"query\": \"{ costScopes { code } }\"}";
    private static final String MUTATION = "{\"query\": \"mutation { loadBundle(bundle: {}) { created } }\"}";

    private static ExtractableResponse<Response> post(String contentType, String accept, byte[] body) {
        var request = given().body(body);
        if (contentType != null) {
            request = request.contentType(contentType);
        }
        if (accept != null) {
            request = request.accept(accept);
        }
        return request.post("/graphql").then().extract();
    }

    private static ExtractableResponse<Response> post(String body) {
        return post("application/json", null, body.getBytes(StandardCharsets.UTF_8));
    }

    /** The status of a POST sent as a browser's form or script would send it, with exactly this content type. */
    private static int raw(String contentType, String body) {
        try {
            java.net.http.HttpRequest request = java.net.http.HttpRequest.newBuilder(
                            java.net.URI.create("http://localhost:" + io.restassured.RestAssured.port + "/graphql"))
                    .header("Content-Type", contentType)
                    .POST(java.net.http.HttpRequest.BodyPublishers.ofString(body))
                    .build();
            return java.net.http.HttpClient.newHttpClient()
                    .send(request, java.net.http.HttpResponse.BodyHandlers.discarding())
                    .statusCode();
        } catch (java.io.IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void refused(ExtractableResponse<Response> response, int status, String code, String message) {
        assertThat(response.statusCode()).as(response.asString()).isEqualTo(status);
        assertThat(response.path("errors[0].extensions.code").toString()).isEqualTo(code);
        assertThat(response.path("errors[0].message").toString()).isEqualTo(message);
        assertThat((Object) response.path("data")).isNull();
    }

    @Test
    void bodiesOtherThanJsonAreRefusedWith415() {
        byte[] query = QUERY.getBytes(StandardCharsets.UTF_8);
        for (String type : new String[] {
            "text/plain",
            "application/graphql",
            "application/x-www-form-urlencoded",
            "multipart/form-data; boundary=x",
            "application/json; charset=iso-8859-1",
            "application/json, text/plain"
        }) {
            assertThat(raw(type, QUERY)).as(type).isEqualTo(415);
        }
        refused(
                given().body(query)
                        .header("Content-Type", "")
                        .post("/graphql")
                        .then()
                        .extract(),
                415,
                "UNSUPPORTED_MEDIA_TYPE",
                "POST /graphql takes an application/json body in UTF-8; the request names no Content-Type.");
        assertThat(post("application/json; charset=UTF-8", null, query).statusCode())
                .isEqualTo(200);
        // the GraphQL UI's fetcher and its page both name the type, and the browser joins the two headers
        assertThat(raw("application/json, application/json", QUERY)).isEqualTo(200);
    }

    @Test
    void aBodyThatIsNotOneJsonDocumentIsA400() {
        refused(
                post("nope"),
                400,
                "MALFORMED_JSON",
                "The body is not one well-formed JSON document: unexpected character or token (line 1, column 1).");
        refused(
                post(QUERY + " {}"),
                400,
                "MALFORMED_JSON",
                "The body is not one well-formed JSON document: more follows the end of the JSON document (line 1,"
                        + " column 38).");
        refused(
                post("{\"query\": \"{ a }\", \"query\": \"{ b }\"}"),
                400,
                "MALFORMED_JSON",
                "The body is not one well-formed JSON document: a key appears twice in one object (line 1, column 27).");
        byte[] invalidUtf8 = {'{', '"', 'q', '"', ':', '"', (byte) 0xff, '"', '}'};
        refused(
                post("application/json", null, invalidUtf8),
                400,
                "MALFORMED_JSON",
                "The body is not one well-formed JSON document: the body is not valid UTF-8.");
        refused(
                post("{\"query\": \"{ costScopes { code } }\", \"variables\": {\"k\": \"\\ud800\"}}"),
                400,
                "MALFORMED_JSON",
                "The body is not one well-formed JSON document: the text at variables.k holds an unpaired surrogate.");
    }

    @Test
    void malformedVariablesAndOperationNamesAreA400WithACode() {
        refused(
                post("{\"query\": \"{ costScopes { code } }\", \"variables\": \"{}\"}"),
                400,
                "INVALID_REQUEST",
                "This is not a GraphQL request: \"variables\" must be a JSON object or null.");
        refused(
                post("{\"query\": \"{ costScopes { code } }\", \"variables\": 5}"),
                400,
                "INVALID_REQUEST",
                "This is not a GraphQL request: \"variables\" must be a JSON object or null.");
        refused(
                post("{\"query\": \"{ costScopes { code } }\", \"operationName\": [\"a\"]}"),
                400,
                "INVALID_REQUEST",
                "This is not a GraphQL request: \"operationName\" must be a string or null.");
        refused(
                post("[" + QUERY + "]"),
                400,
                "INVALID_REQUEST",
                "This is not a GraphQL request: a batch (a JSON array) of requests is not supported; send one request"
                        + " per POST.");
        refused(
                post("{\"variables\": {}}"),
                400,
                "INVALID_REQUEST",
                "This is not a GraphQL request: \"query\" must be the GraphQL document, as a string.");
    }

    @Test
    void intArgumentsTakeJsonIntegersOnly() {
        String models = "query M($first: Int) { models(first: $first) { totalCount } }";
        for (String value : new String[] {"\"5\"", "1e9", "5.0"}) {
            refused(
                    post("{\"query\": \"" + models + "\", \"variables\": {\"first\": " + value + "}}"),
                    200,
                    "INVALID_VARIABLES",
                    "Variable 'first' must be an Int, a JSON integer.");
        }
        assertThat((Object) post("{\"query\": \"" + models + "\", \"variables\": {\"first\": 5}}")
                        .path("errors"))
                .isNull();
    }

    @Test
    void requestErrorsAre400ForClientsOfTheGraphQLResponseMediaType() {
        String typed = "application/graphql-response+json";
        byte[] parse = "{\"query\": \"{ costScopes { code \"}".getBytes(StandardCharsets.UTF_8);
        byte[] invalid = "{\"query\": \"{ costScopes { price } }\"}".getBytes(StandardCharsets.UTF_8);
        byte[] coercion =
                "{\"query\": \"query M($n: Int) { models(first: $n) { totalCount } }\", \"variables\": {\"n\": true}}"
                        .getBytes(StandardCharsets.UTF_8);

        ExtractableResponse<Response> parseFailure = post("application/json", typed, parse);
        assertThat(parseFailure.statusCode()).isEqualTo(400);
        assertThat(parseFailure.contentType()).isEqualTo(typed + "; charset=utf-8");
        assertThat(parseFailure.path("errors[0].extensions.code").toString()).isEqualTo("GRAPHQL_PARSE_FAILED");
        ExtractableResponse<Response> validation = post("application/json", typed, invalid);
        assertThat(validation.statusCode()).isEqualTo(400);
        assertThat(validation.path("errors[0].extensions.code").toString()).isEqualTo("GRAPHQL_VALIDATION_FAILED");
        assertThat(validation.path("errors[0].message").toString())
                .isEqualTo("Field 'price' in type 'CostScope' is undefined");
        assertThat(post("application/json", typed, coercion).statusCode()).isEqualTo(400);

        ExtractableResponse<Response> plain = post("application/json", null, parse);
        assertThat(plain.statusCode()).isEqualTo(200);
        assertThat(plain.contentType()).isEqualTo("application/json; charset=utf-8");
        assertThat(post("application/json", "*/*", invalid).statusCode()).isEqualTo(200);
        refused(
                post("application/json", "text/html", QUERY.getBytes(StandardCharsets.UTF_8)),
                406,
                "NOT_ACCEPTABLE",
                "/graphql answers in application/json or application/graphql-response+json; the request accepts"
                        + " neither.");
    }

    @Test
    void getRunsQueriesButNeverAMutation() {
        given().queryParam("query", "{ costScopes { code } }")
                .get("/graphql")
                .then()
                .statusCode(200)
                .body("data.costScopes[0].code", org.hamcrest.Matchers.equalTo("FINAL_RUN"));
        ExtractableResponse<Response> mutation = given().auth()
                .preemptive()
                .basic(Researcher.USER, Researcher.PASSWORD)
                .queryParam("query", "mutation { loadBundle(bundle: {}) { created } }")
                .get("/graphql")
                .then()
                .extract();
        refused(mutation, 405, "METHOD_NOT_ALLOWED", "A mutation runs only in a POST request, never over GET.");
        assertThat(mutation.header("Allow")).isEqualTo("POST");
    }

    @Test
    void pagesOfOtherSitesMayReadButNeverWrite() {
        var read = given().header("Origin", "https://dashboard.example")
                .contentType("application/json")
                .body(QUERY)
                .post("/graphql")
                .then()
                .statusCode(200)
                .extract();
        assertThat(read.header("Access-Control-Allow-Origin")).isEqualTo("*");
        assertThat(read.header("Access-Control-Allow-Credentials")).isNull();

        var preflight = given().header("Origin", "https://dashboard.example")
                .header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "content-type")
                .options("/graphql")
                .then()
                .statusCode(204)
                .extract();
        assertThat(preflight.header("Access-Control-Allow-Methods")).isEqualTo("GET, POST");
        assertThat(preflight.header("Access-Control-Allow-Credentials")).isNull();

        var write = given().auth()
                .preemptive()
                .basic(Researcher.USER, Researcher.PASSWORD)
                .header("Origin", "https://evil.example")
                .contentType("application/json")
                .body(MUTATION)
                .post("/graphql")
                .then()
                .extract();
        refused(
                write,
                403,
                "FORBIDDEN_ORIGIN",
                "Writes are refused from pages of other sites; load bundles from the"
                        + " service's own pages or without a browser.");
        Researcher.post("{}").statusCode(200);
        given().auth()
                .preemptive()
                .basic(Researcher.USER, Researcher.PASSWORD)
                .header("Origin", "null")
                .contentType("application/json")
                .body("{}")
                .post("/bundles")
                .then()
                .statusCode(403)
                .body("code", org.hamcrest.Matchers.equalTo("FORBIDDEN_ORIGIN"));
    }

    @Test
    void theServicesOwnPagesMayWrite() {
        int port = io.restassured.RestAssured.port;
        given().auth()
                .preemptive()
                .basic(Researcher.USER, Researcher.PASSWORD)
                .header("Origin", "http://localhost:" + port)
                .contentType("application/json")
                .body(MUTATION)
                .post("/graphql")
                .then()
                .statusCode(200)
                .body("errors", nullValue())
                .body("data.loadBundle.created", org.hamcrest.Matchers.equalTo(0));
    }

    @Test
    void refusedCredentialsNeverInviteTheBrowsersBasicPrompt() {
        var rest = given().contentType("application/json")
                .body("{}")
                .post("/bundles")
                .then()
                .extract();
        assertThat(rest.statusCode()).isEqualTo(401);
        assertThat(rest.header("WWW-Authenticate")).isEqualTo("Ledger realm=\"Cost Ledger writes\"");
        assertThat(rest.contentType()).startsWith("application/json");
        assertThat(rest.path("code").toString()).isEqualTo("UNAUTHORIZED");

        var graphql = post(MUTATION);
        assertThat(graphql.header("WWW-Authenticate")).isNull();
        assertThat(graphql.path("errors[0].extensions.code").toString()).isEqualTo("UNAUTHORIZED");
    }

    @Test
    void everyRestErrorIsJsonWithACode() {
        var missing = given().get("/no/such/path").then().statusCode(404).extract();
        assertThat(missing.path("code").toString()).isEqualTo("NOT_FOUND");
        assertThat(missing.path("message").toString()).isEqualTo("There is nothing at this address.");
        var method = given().delete("/bundles/export").then().statusCode(405).extract();
        assertThat(method.path("code").toString()).isEqualTo("METHOD_NOT_ALLOWED");
        var media = given().auth()
                .preemptive()
                .basic(Researcher.USER, Researcher.PASSWORD)
                .contentType("text/plain")
                .body("{}")
                .post("/bundles")
                .then()
                .statusCode(415)
                .extract();
        assertThat(media.path("code").toString()).isEqualTo("UNSUPPORTED_MEDIA_TYPE");
        assertThat(Researcher.post("{\"claims\": [")
                        .statusCode(400)
                        .extract()
                        .path("code")
                        .toString())
                .isEqualTo("MALFORMED_JSON");
    }
}
