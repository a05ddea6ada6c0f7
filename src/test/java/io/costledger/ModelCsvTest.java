package io.costledger;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

/** GET /models.csv read back with a CSV parser says what scopedTotal and comparisons say about the same models. */
@QuarkusTest
class ModelCsvTest {

    @Test
    void aRowPerModelWithItsTotalAndItsWidestComparison() throws Exception {
        ExtractableResponse<Response> answer = given().queryParams(Map.of(
                        "scope",
                        "TRAINING",
                        "rateKind",
                        "ON_DEMAND",
                        "organizations",
                        "google-deepmind,openai,deepseek"))
                .when()
                .get("/models.csv")
                .then()
                .extract();
        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.header("ETag")).matches("\"[A-Za-z0-9_-]{43}\"");
        List<CSVRecord> rows = CsvAnswers.records(answer);

        JsonPath graphQL = GraphQL.exact("""
                { models(first: 500, filter: {organizations: ["google-deepmind", "openai", "deepseek"]}) { nodes {
                    key name organization { key } releasedOn
                    scopedTotal(scope: "TRAINING", rateKind: ON_DEMAND) {
                      lowUsd highUsd complete lowerBound coveredCategories missingCategories }
                    comparisons(rateKind: ON_DEMAND) { categories ratio } } } }""");
        List<Map<String, Object>> models = graphQL.getList("models.nodes");
        assertThat(rows).hasSameSizeAs(models).hasSizeGreaterThan(3);
        for (int i = 0; i < rows.size(); i++) {
            CSVRecord row = rows.get(i);
            String path = "models.nodes[" + i + "]";
            assertThat(row.get("key")).isEqualTo(graphQL.getString(path + ".key"));
            assertThat(row.get("name")).isEqualTo(graphQL.getString(path + ".name"));
            assertThat(row.get("organization")).isEqualTo(graphQL.getString(path + ".organization.key"));
            assertThat(row.get("released_on"))
                    .isEqualTo(String.valueOf(graphQL.getString(path + ".releasedOn"))
                            .replace("null", ""));
            assertThat(row.get("scope")).isEqualTo("TRAINING");
            assertThat(new BigDecimal(row.get("low_usd")))
                    .isEqualByComparingTo(graphQL.getString(path + ".scopedTotal.lowUsd"));
            String high = graphQL.getString(path + ".scopedTotal.highUsd");
            if (high == null) {
                assertThat(row.get("high_usd")).isEmpty();
            } else {
                assertThat(new BigDecimal(row.get("high_usd"))).isEqualByComparingTo(high);
            }
            assertThat(row.get("complete")).isEqualTo(graphQL.getString(path + ".scopedTotal.complete"));
            assertThat(row.get("lower_bound")).isEqualTo(graphQL.getString(path + ".scopedTotal.lowerBound"));
            assertThat(row.get("missing_categories"))
                    .isEqualTo(String.join(" ", graphQL.<String>getList(path + ".scopedTotal.missingCategories")));
            List<Map<String, Object>> groups = graphQL.getList(path + ".comparisons");
            Map<String, Object> widest = groups.stream()
                    .filter(group -> group.get("ratio") != null)
                    .max((a, b) -> new BigDecimal(a.get("ratio").toString())
                            .compareTo(new BigDecimal(b.get("ratio").toString())))
                    .orElse(null);
            if (widest == null) {
                assertThat(row.get("largest_ratio")).isEmpty();
            } else {
                assertThat(new BigDecimal(row.get("largest_ratio")))
                        .isEqualByComparingTo(widest.get("ratio").toString());
                @SuppressWarnings("unchecked")
                List<String> categories = (List<String>) widest.get("categories");
                assertThat(row.get("largest_ratio_categories")).isEqualTo(String.join(" ", categories));
            }
        }
        assertThat(rows.stream()
                        .filter(row -> row.get("key").equals("gemini-1-ultra"))
                        .findFirst()
                        .orElseThrow()
                        .get("largest_ratio"))
                .isEqualTo("6.78");
    }

    @Test
    void aScopeIsRequiredAndMustExist() {
        ExtractableResponse<Response> none =
                given().when().get("/models.csv").then().extract();
        assertThat(none.statusCode()).isEqualTo(400);
        assertThat(none.asString()).contains("INVALID_ARGUMENT", "scope");
        ExtractableResponse<Response> unknown = given().queryParam("scope", "NOPE")
                .when()
                .get("/models.csv")
                .then()
                .extract();
        assertThat(unknown.statusCode()).isEqualTo(400);
        assertThat(unknown.asString()).contains("INVALID_ARGUMENT", "NOPE");
    }
}
