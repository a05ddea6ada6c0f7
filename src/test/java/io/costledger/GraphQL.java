package io.costledger;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.nullValue;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.path.json.config.JsonPathConfig;
import io.restassured.response.ValidatableResponse;
import java.util.HashMap;
import java.util.Map;

/** Posts GraphQL documents to the running service over HTTP, as a client would. */
public final class GraphQL {

    private GraphQL() {}

    /** Posts a query and returns the raw response, errors and all. */
    public static ValidatableResponse post(String query, Map<String, Object> variables) {
        Map<String, Object> body = new HashMap<>();
        body.put("query", query);
        body.put("variables", variables);
        return given().contentType(ContentType.JSON)
                .body(body)
                .when()
                .post("/graphql")
                .then()
                .statusCode(200);
    }

    /** Posts a query that must succeed, and returns its {@code data}. */
    public static JsonPath data(String query, Map<String, Object> variables) {
        return new JsonPath(post(query, variables)
                        .body("errors", nullValue())
                        .extract()
                        .asString())
                .setRootPath("data");
    }

    public static JsonPath data(String query) {
        return data(query, Map.of());
    }

    /** Like {@link #data(String, Map)}, with every number read exactly, as the service wrote it ("168.00"). */
    public static JsonPath exact(String query, Map<String, Object> variables) {
        return data(query, variables).using(new JsonPathConfig(JsonPathConfig.NumberReturnType.BIG_DECIMAL));
    }

    public static JsonPath exact(String query) {
        return exact(query, Map.of());
    }

    /** Posts a query that must fail, and returns its first error. */
    public static JsonPath firstError(String query, Map<String, Object> variables) {
        return new JsonPath(post(query, variables).extract().asString()).setRootPath("errors[0]");
    }
}
