package io.costledger;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Every read names the ledger version it was read at ({@code Ledger-Version}); a load reports the version it made
 * ({@code ledgerVersion}); a read that sends a version back ({@code Ledger-Min-Version}) reads at least that version,
 * and pages of other sites may send it and read both (docs/SCALE.md, read-your-writes).
 */
@QuarkusTest
class LedgerVersionHeadersTest {

    private static long version(ExtractableResponse<Response> answer) {
        return Long.parseLong(answer.header("Ledger-Version"));
    }

    @Test
    void aLoadReportsItsVersionAndEveryReadNamesTheVersionItReads() {
        long made = Researcher.post("{\"organizations\": [{\"key\": \"version-org-" + System.nanoTime()
                        + "\", \"name\": \"Versions\"}]}")
                .statusCode(200)
                .extract()
                .jsonPath()
                .getLong("ledgerVersion");

        ExtractableResponse<Response> query = given().contentType("application/json")
                .header("Ledger-Min-Version", String.valueOf(made))
                .body(Map.of("query", "{ costScopes { code } }"))
                .post("/graphql")
                .then()
                .statusCode(200)
                .extract();
        ExtractableResponse<Response> csv = given().get("/claims.csv?model=deepseek-v3")
                .then()
                .statusCode(200)
                .extract();
        ExtractableResponse<Response> export =
                given().get("/bundles/export").then().statusCode(200).extract();

        assertThat(made).isPositive();
        assertThat(version(query)).isGreaterThanOrEqualTo(made);
        assertThat(version(csv)).isGreaterThanOrEqualTo(made);
        assertThat(version(export)).isGreaterThanOrEqualTo(made);
        String dryRun = Researcher.mutate("{\"organizations\": [{\"key\": \"version-dry\", \"name\": \"Dry\"}]}")
                .extract()
                .asString();
        assertThat(dryRun).doesNotContain("errors");
    }

    @Test
    void aVersionThatIsNotANumberIsABadRequest() {
        ExtractableResponse<Response> answer = given().contentType("application/json")
                .header("Ledger-Min-Version", "latest")
                .body(Map.of("query", "{ costScopes { code } }"))
                .post("/graphql")
                .then()
                .extract();

        assertThat(answer.statusCode()).isEqualTo(400);
        assertThat(answer.jsonPath().getString("errors[0].extensions.code")).isEqualTo("INVALID_REQUEST");
        assertThat(answer.jsonPath().getString("errors[0].message"))
                .isEqualTo("Ledger-Min-Version must be a ledger version (a whole number, as Ledger-Version answers"
                        + " it).");
    }

    @Test
    void pagesOfOtherSitesMaySendTheVersionAndReadBoth() {
        ExtractableResponse<Response> preflight = given().header("Origin", "https://dashboard.example")
                .header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "content-type, ledger-min-version")
                .options("/graphql")
                .then()
                .statusCode(204)
                .extract();
        ExtractableResponse<Response> read = given().header("Origin", "https://dashboard.example")
                .queryParam("query", "{ costScopes { code } }")
                .get("/graphql")
                .then()
                .statusCode(200)
                .extract();

        assertThat(preflight.header("Access-Control-Allow-Headers")).contains("Ledger-Min-Version");
        assertThat(read.header("Access-Control-Expose-Headers")).isEqualTo("ETag, Ledger-Version");
        assertThat(version(read)).isPositive();
    }
}
