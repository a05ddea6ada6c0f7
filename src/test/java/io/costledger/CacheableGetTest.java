package io.costledger;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A query over GET answers what POST answers, with an entity tag: revalidating it answers 304 without running the
 * query while the ledger is at the same version, and a load gives the same query a new tag.
 */
@QuarkusTest
class CacheableGetTest {

    private static final String QUERY = """
            query Total($model: String!) {
              model(key: $model) { name scopedTotal(scope: "TRAINING") { lowUsd } }
            }""";
    private static final String VARIABLES = "{\"model\": \"deepseek-v3\"}";

    private static ExtractableResponse<Response> get(String ifNoneMatch) {
        var request = given().queryParam("query", QUERY).queryParam("variables", VARIABLES);
        if (ifNoneMatch != null) {
            request = request.header("If-None-Match", ifNoneMatch);
        }
        return request.when().get("/graphql").then().extract();
    }

    @Test
    void aGetAnswersAsPostAndRevalidatesUntilALoad() {
        String posted =
                GraphQL.post(QUERY, Map.of("model", "deepseek-v3")).extract().asString();

        ExtractableResponse<Response> first = get(null);
        assertThat(first.statusCode()).isEqualTo(200);
        assertThat(first.asString()).isEqualTo(posted);
        String tag = first.header("ETag");
        assertThat(tag).matches("\"[A-Za-z0-9_-]{43}\"");
        assertThat(first.header("Cache-Control")).isEqualTo("no-cache");
        assertThat(first.header("Vary")).isEqualTo("Accept, Origin, Ledger-Min-Version");
        long version = Long.parseLong(first.header("Ledger-Version"));

        ExtractableResponse<Response> revalidated = get(tag);
        assertThat(revalidated.statusCode()).isEqualTo(304);
        assertThat(revalidated.asString()).isEmpty();
        assertThat(revalidated.header("ETag")).isEqualTo(tag);
        assertThat(get("\"another\", " + tag).statusCode()).isEqualTo(304);

        Researcher.post("{\"sources\": [{\"key\": \"etag-" + System.nanoTime()
                        + "\", \"title\": \"A new source\", \"kind\": \"OTHER\"}]}")
                .statusCode(200);

        ExtractableResponse<Response> afterLoad = get(tag);
        assertThat(afterLoad.statusCode()).isEqualTo(200);
        assertThat(afterLoad.asString()).isEqualTo(posted);
        assertThat(afterLoad.header("ETag")).isNotEqualTo(tag).matches("\"[A-Za-z0-9_-]{43}\"");
        assertThat(Long.parseLong(afterLoad.header("Ledger-Version"))).isGreaterThan(version);
    }

    @Test
    void onlyCompleteAnswersOfGetHaveATag() {
        var posted = GraphQL.post(QUERY, Map.of("model", "deepseek-v3")).extract();
        assertThat(posted.header("ETag")).isNull();
        assertThat(posted.header("Cache-Control")).isEqualTo("no-store");

        var failed = given().queryParam(
                        "query", "{ model(key: \"deepseek-v3\") { scopedTotal(scope: \"NOPE\") { lowUsd } } }")
                .when()
                .get("/graphql")
                .then()
                .extract();
        assertThat(failed.asString()).contains("INVALID_ARGUMENT");
        assertThat(failed.header("ETag")).isNull();
        assertThat(failed.header("Cache-Control")).isEqualTo("no-store");
    }
}
