package io.costledger;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

/** Calls the service as the researcher does: HTTP Basic, user researcher, the test profile's password. */
public final class Researcher {

    public static final String USER = "researcher";
    public static final String PASSWORD = "researcher";

    private static final String LOAD = """
            mutation Load($bundle: BundleInput!) {
              loadBundle(bundle: $bundle) {
                created updated unchanged
                claims { key amountLowUsd amountHighUsd flags { code severity categories } }
              }
            }""";

    private Researcher() {}

    /** POST /bundles with this JSON body. */
    public static ValidatableResponse post(String json) {
        return given().auth()
                .preemptive()
                .basic(USER, PASSWORD)
                .contentType(ContentType.JSON)
                .body(json)
                .when()
                .post("/bundles")
                .then();
    }

    /** The loadBundle mutation with this bundle (JSON), sent with the given credentials (null user: none). */
    public static ValidatableResponse mutate(String bundleJson, String user, String password) {
        String body = "{\"query\": " + Bundles.json(LOAD) + ", \"variables\": {\"bundle\": " + bundleJson + "}}";
        var request = given().contentType(ContentType.JSON).body(body);
        if (user != null) {
            request = request.auth().preemptive().basic(user, password);
        }
        return request.when().post("/graphql").then().statusCode(200);
    }

    /** Posts a whole GraphQL document with the researcher's credentials, and returns the answer's body. */
    public static String mutateDocument(String document) {
        return given().auth()
                .preemptive()
                .basic(USER, PASSWORD)
                .contentType(ContentType.JSON)
                .body(java.util.Map.of("query", document))
                .when()
                .post("/graphql")
                .then()
                .extract()
                .asString();
    }

    public static ValidatableResponse mutate(String bundleJson) {
        return mutate(bundleJson, USER, PASSWORD);
    }
}
