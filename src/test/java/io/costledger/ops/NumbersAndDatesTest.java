package io.costledger.ops;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.costledger.GraphQL;
import io.costledger.Researcher;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every number from a caller is judged by its digits and exponent before the driver, the JSON Schema validator or
 * arithmetic sees it, on every path: a GraphQL literal, a variable (a number, or a string given for one), a query
 * parameter of a download, a bundle. One its column cannot hold is {@code INVALID_ARGUMENT} or a bundle problem,
 * answered at once, never {@code TIMEOUT} or {@code INTERNAL_ERROR}. Dates are ISO-8601 days of the years 0001-9999.
 */
@QuarkusTest
@Timeout(10)
class NumbersAndDatesTest {

    private static final String AMOUNT_RULE =
            "must have at most 18 digits before the decimal point and 2 after, as the amounts it filters.";

    private static final String COUNT =
            "query($a: BigDecimal) { claims(first: 1, filter: {amountFrom: $a}) {" + " totalCount } }";

    @ParameterizedTest
    @ValueSource(strings = {"1e-150000000", "1e150000000", "1e-1000", "1e30", "0.001", "1234567890123456789"})
    void aFilterNumberItsColumnCannotHoldIsRefusedOnEveryPath(String number) {
        String literal = "{ claims(first: 1, filter: {amountFrom: " + number + "}) { totalCount } }";

        JsonPath viaGet = new JsonPath(given().queryParam("query", literal)
                        .when()
                        .get("/graphql")
                        .then()
                        .extract()
                        .asString())
                .setRootPath("errors[0]");
        JsonPath viaString = GraphQL.firstError(COUNT, Map.of("a", number));
        ExtractableResponse<Response> csv = given().queryParam("amountFrom", number)
                .when()
                .get("/claims.csv")
                .then()
                .extract();

        boolean measurable = !number.contains("150000000");
        for (JsonPath error : new JsonPath[] {viaGet, viaString}) {
            if (measurable) {
                assertThat(error.getString("extensions.code")).isEqualTo("INVALID_ARGUMENT");
                assertThat(error.getString("message")).isEqualTo("Argument 'filter.amountFrom' " + AMOUNT_RULE);
            } else { // refused as the document is validated, or its variables coerced
                assertThat(error.getString("extensions.code")).isIn("GRAPHQL_VALIDATION_FAILED", "INVALID_VARIABLES");
                assertThat(error.getString("message"))
                        .contains("A BigDecimal here is too large or too small for any field");
            }
        }
        assertThat(csv.statusCode()).isEqualTo(400);
        assertThat(csv.jsonPath().getString("code")).isEqualTo("INVALID_ARGUMENT");
        assertThat(csv.jsonPath().getString("message"))
                .isIn(
                        "The parameter amountFrom " + AMOUNT_RULE,
                        "The parameter amountFrom is not valid: \"" + number + "\".");
    }

    @Test
    void numbersTheColumnHoldsStillFilter() {
        assertThat(GraphQL.data(COUNT, Map.of("a", "5576000.00")).getInt("claims.totalCount"))
                .isEqualTo(GraphQL.data(COUNT, Map.of("a", 5576000)).getInt("claims.totalCount"))
                .isPositive();
        assertThat(GraphQL.data(COUNT, Map.of("a", "999999999999999999.99")).getInt("claims.totalCount"))
                .isGreaterThanOrEqualTo(0);
    }

    @Test
    void aNumberBeyondTheColumnsInALoadBundleLiteralIsRefusedAtOnce() {
        String document = "mutation { loadBundle(dryRun: true, bundle: {claims: [{key: \"huge-literal\", source:"
                + " \"ai-index-2024\", model: \"gpt-4\", quote: \"q\", included: [\"DATA\"], amountUsd: AMOUNT}]})"
                + " { created } }";

        JsonPath beyondAny = new JsonPath(Researcher.mutateDocument(document.replace("AMOUNT", "1e150000000")))
                .setRootPath("errors[0]");
        JsonPath beyondItsColumn =
                new JsonPath(Researcher.mutateDocument(document.replace("AMOUNT", "1e30"))).setRootPath("errors[0]");
        JsonPath longLiteral = new JsonPath(Researcher.mutateDocument(document.replace("AMOUNT", "1".repeat(200_000))))
                .setRootPath("errors[0]");

        assertThat(beyondAny.getString("extensions.code")).isEqualTo("GRAPHQL_VALIDATION_FAILED");
        assertThat(beyondAny.getString("message"))
                .contains("A BigDecimal here is too large or too small for any field");
        assertThat(beyondItsColumn.getString("extensions.code")).isEqualTo("INVALID_BUNDLE");
        assertThat(beyondItsColumn.getList("extensions.problems.message"))
                .containsExactly("amountUsd is larger than the ledger holds (at most 999999999999999999.99), got"
                        + " 1000000000000000000000000000000");
        assertThat(longLiteral.getString("extensions.code")).isEqualTo("INVALID_ARGUMENT");
        assertThat(longLiteral.getString("message"))
                .isEqualTo("The number at line 1, column 161 has more than 100 characters; no field holds such a"
                        + " number.");
    }

    @ParameterizedTest
    @ValueSource(strings = {"2024-02-29T00:00", "0000-01-01", "-0001-01-01", "2023-02-29", "+10000-01-01", "2024-2-9"})
    void aDateIsAnIsoDayOfTheYears1To9999(String date) {
        JsonPath literal = GraphQL.firstError(
                "{ claims(first: 1, filter: {statedFrom: \"" + date + "\"}) { totalCount } }", Map.of());
        JsonPath variable = GraphQL.firstError(
                "query($d: Date) { claims(first: 1, filter: {statedFrom: $d}) { totalCount } }", Map.of("d", date));
        ExtractableResponse<Response> csv = given().queryParam("statedFrom", date)
                .when()
                .get("/claims.csv")
                .then()
                .extract();

        assertThat(literal.getString("extensions.code")).isEqualTo("GRAPHQL_VALIDATION_FAILED");
        assertThat(literal.getString("message")).contains("of the years 0001 to 9999, not \"" + date + "\"");
        assertThat(variable.getString("extensions.code")).isEqualTo("INVALID_ARGUMENT");
        assertThat(variable.getString("message")).contains("of the years 0001 to 9999, not \"" + date + "\"");
        assertThat(csv.statusCode()).isEqualTo(400);
        assertThat(csv.jsonPath().getString("code")).isEqualTo("INVALID_ARGUMENT");
    }

    @Test
    void theFirstAndTheLastDayStillFilter() {
        String query = "query($d: Date) { claims(first: 1, filter: {statedFrom: $d}) { totalCount } }";
        assertThat(GraphQL.data(query, Map.of("d", "0001-01-01")).getInt("claims.totalCount"))
                .isPositive();
        assertThat(GraphQL.data(query, Map.of("d", "9999-12-31")).getInt("claims.totalCount"))
                .isLessThan(GraphQL.data(query, Map.of("d", "0001-01-01")).getInt("claims.totalCount"));
        assertThat(GraphQL.data(query, Map.of("d", "2024-02-29")).getInt("claims.totalCount"))
                .isPositive();
    }
}
