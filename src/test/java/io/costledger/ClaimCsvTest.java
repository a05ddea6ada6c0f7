package io.costledger;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * GET /claims.csv read back with a CSV parser says what the GraphQL API says about the same claims: RFC 4180 with a
 * header row, UTF-8 with a byte-order mark, formulas neutralized, the filters of {@code claims} as parameters, and an
 * ETag that revalidates with 304.
 */
@QuarkusTest
class ClaimCsvTest {

    private static final String QUOTES = """
            {"organizations": [{"key": "csv-org", "name": "CSV Lab"}],
             "models": [{"key": "csv-model", "name": "CSV model", "organization": "csv-org"}],
             "sources": [{"key": "csv-src", "title": "CSV source", "kind": "PRESS", "publishedOn": "2024-05-01"}],
             "hardware": [{"key": "csv-gpu", "name": "GPU", "peakFlopsPerSecond": 1E+12}],
             "claims": [
               {"key": "csv-formula", "source": "csv-src", "model": "csv-model", "quote": "-5% of the budget, =SUM(A1)",
                "amountUsd": 1000, "included": ["FINAL_TRAINING_RUN"], "excluded": ["DATA"]},
               {"key": "csv-tricky", "source": "csv-src", "model": "csv-model",
                "quote": "It cost \\"about\\" $1,000,\\nthey said.", "amountLowUsd": 500,
                "chipCount": 4, "durationHours": 2.5, "trainingComputeFlop": 1E+16, "hardware": "csv-gpu",
                "presentedScope": "ALL_IN", "included": ["FINAL_TRAINING_RUN", "OTHER_TRAINING"],
                "cites": "csv-formula"}]}""";

    @BeforeEach
    void load() {
        Researcher.post(QUOTES).statusCode(200);
    }

    private static ExtractableResponse<Response> csv(Map<String, ?> parameters) {
        return given().queryParams(parameters).when().get("/claims.csv").then().extract();
    }

    @Test
    void aRowPerClaimSaysWhatGraphQLSays() throws IOException {
        ExtractableResponse<Response> answer = csv(Map.of("source", "csv-src"));
        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.contentType()).startsWith("text/csv");
        List<CSVRecord> rows = CsvAnswers.records(answer);

        JsonPath graphQL = GraphQL.exact("""
                { claims(filter: {source: "csv-src"}) { nodes {
                    key model { key } organization { key } source { key kind } statedOn amountLowUsd amountHighUsd
                    gpuHours gpuHoursDerived chipCount durationHours trainingComputeFlop impliedUtilization
                    presentedScope { code } cites { key } flags { code } quote
                    coverage { category { code } coverage } } } }""");
        List<Map<String, Object>> claims = graphQL.getList("claims.nodes");
        assertThat(rows).hasSameSizeAs(claims).hasSize(2);
        for (int i = 0; i < rows.size(); i++) {
            CSVRecord row = rows.get(i);
            JsonPath claim =
                    new JsonPath(new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(claims.get(i)));
            assertThat(row.get("key")).isEqualTo(claim.getString("key"));
            assertThat(row.get("model")).isEqualTo(claim.getString("model.key"));
            assertThat(row.get("organization")).isEqualTo(claim.getString("organization.key"));
            assertThat(row.get("source")).isEqualTo("csv-src");
            assertThat(row.get("source_kind")).isEqualTo("PRESS");
            assertThat(row.get("stated_on")).isEqualTo(claim.getString("statedOn"));
            assertNumber(row.get("amount_low_usd"), claim.getString("amountLowUsd"));
            assertNumber(row.get("amount_high_usd"), claim.getString("amountHighUsd"));
            assertNumber(row.get("gpu_hours"), claim.getString("gpuHours"));
            assertThat(row.get("gpu_hours_derived")).isEqualTo(claim.getString("gpuHoursDerived"));
            assertNumber(row.get("chip_count"), claim.getString("chipCount"));
            assertNumber(row.get("duration_hours"), claim.getString("durationHours"));
            assertNumber(row.get("training_compute_flop"), claim.getString("trainingComputeFlop"));
            assertNumber(row.get("implied_utilization"), claim.getString("impliedUtilization"));
            for (Map<String, Object> coverage : claim.<Map<String, Object>>getList("coverage")) {
                @SuppressWarnings("unchecked")
                String code = (String) ((Map<String, Object>) coverage.get("category")).get("code");
                assertThat(row.get(code)).isEqualTo(coverage.get("coverage"));
            }
            assertThat(row.get("presented_scope"))
                    .isEqualTo(String.valueOf(claim.getString("presentedScope.code"))
                            .replace("null", ""));
            assertThat(row.get("cites"))
                    .isEqualTo(String.valueOf(claim.getString("cites.key")).replace("null", ""));
            assertThat(row.get("flags")).isEqualTo(String.join(" ", claim.<String>getList("flags.code")));
        }
        // the formula-like quote stays text; the other comes back whole, comma, quotation marks and line break
        assertThat(rows.get(0).get("quote")).isEqualTo("'-5% of the budget, =SUM(A1)");
        assertThat(rows.get(1).get("quote")).isEqualTo("It cost \"about\" $1,000,\nthey said.");
        assertThat(rows.get(1).get("gpu_hours")).isEqualTo("10");
        assertThat(rows.get(1).get("gpu_hours_derived")).isEqualTo("true");
        assertThat(rows.get(1).get("implied_utilization")).isEqualTo("0.2778");
        assertThat(rows.get(1).get("amount_high_usd")).isEmpty();
        assertThat(rows.get(0).get("DATA")).isEqualTo("EXCLUDED");
    }

    private static void assertNumber(String cell, String graphQL) {
        if (graphQL == null) {
            assertThat(cell).isEmpty();
        } else {
            assertThat(new BigDecimal(cell)).isEqualByComparingTo(graphQL);
        }
    }

    @Test
    void theFiltersOfClaimsAreParameters() throws IOException {
        Map<String, String> parameters =
                Map.of("sourceKinds", "PRESS,OTHER", "hasGpuHours", "true", "amountFrom", "100");
        List<CSVRecord> rows = CsvAnswers.records(csv(parameters));
        List<String> keys = GraphQL.data("""
                { claims(first: 500, filter: {sourceKinds: [PRESS, OTHER], hasGpuHours: true, amountFrom: 100}) {
                    nodes { key } } }""").getList("claims.nodes.key");
        assertThat(rows.stream().map(row -> row.get("key")).toList())
                .isEqualTo(keys)
                .contains("csv-tricky");

        ExtractableResponse<Response> invalid = csv(Map.of("hasGpuHours", "maybe"));
        assertThat(invalid.statusCode()).isEqualTo(400);
        assertThat(invalid.asString()).contains("INVALID_ARGUMENT", "hasGpuHours");
    }

    /** The status of a conditional GET of csv-src's claims with this ETag. */
    private static int revalidated(String tag) {
        return given().queryParam("source", "csv-src")
                .header("If-None-Match", tag)
                .when()
                .get("/claims.csv")
                .then()
                .extract()
                .statusCode();
    }

    @Test
    void aDownloadRevalidatesUntilALoad() {
        ExtractableResponse<Response> first = csv(Map.of("source", "csv-src"));
        String tag = first.header("ETag");
        assertThat(tag).matches("\"[A-Za-z0-9_-]{43}\"");
        assertThat(first.header("Cache-Control")).isEqualTo("no-cache");

        assertThat(revalidated(tag)).isEqualTo(304);
        assertThat(csv(Map.of("source", "csv-src", "hasGpuHours", "true")).header("ETag"))
                .isNotEqualTo(tag);

        Researcher.post("{\"sources\": [{\"key\": \"csv-etag-" + System.nanoTime()
                        + "\", \"title\": \"Another\", \"kind\": \"OTHER\"}]}")
                .statusCode(200);
        assertThat(revalidated(tag)).isEqualTo(200);
    }
}
