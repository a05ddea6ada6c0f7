package io.costledger;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

/** Reads are public; a write without the researcher's credentials, or with wrong ones, is refused and writes nothing. */
@QuarkusTest
class WriteAccessTest {

    private static final String BUNDLE = """
            {"organizations": [{"key": "%s", "name": "Should only exist when authorized"}]}""";

    private static boolean exists(String key) {
        return GraphQL.data("{ organization(key: \"" + key + "\") { key } }").getString("organization") != null;
    }

    @Test
    void restRefusesMissingAndWrongCredentialsWith401() {
        given().contentType(ContentType.JSON)
                .body(BUNDLE.formatted("auth-rest-anonymous"))
                .post("/bundles")
                .then()
                .statusCode(401)
                .header("WWW-Authenticate", "Ledger realm=\"Cost Ledger writes\"");
        given().auth()
                .preemptive()
                .basic("researcher", "not-the-password")
                .contentType(ContentType.JSON)
                .body(BUNDLE.formatted("auth-rest-wrong"))
                .post("/bundles")
                .then()
                .statusCode(401);
        given().auth()
                .preemptive()
                .basic("someone", Researcher.PASSWORD)
                .contentType(ContentType.JSON)
                .body(BUNDLE.formatted("auth-rest-user"))
                .post("/bundles")
                .then()
                .statusCode(401);

        assertThat(exists("auth-rest-anonymous")).isFalse();
        assertThat(exists("auth-rest-wrong")).isFalse();
        assertThat(exists("auth-rest-user")).isFalse();
        Researcher.post(BUNDLE.formatted("auth-rest-ok")).statusCode(200);
        assertThat(exists("auth-rest-ok")).isTrue();
    }

    @Test
    void graphqlRefusesMissingAndWrongCredentialsAsUnauthorized() {
        JsonPath anonymous = new JsonPath(Researcher.mutate(BUNDLE.formatted("auth-gql-anonymous"), null, null)
                        .extract()
                        .asString())
                .setRootPath("errors[0]");
        JsonPath wrong = new JsonPath(Researcher.mutate(BUNDLE.formatted("auth-gql-wrong"), "researcher", "nope")
                        .extract()
                        .asString())
                .setRootPath("errors[0]");

        assertThat(anonymous.getString("extensions.code")).isEqualTo("UNAUTHORIZED");
        assertThat(anonymous.getString("message"))
                .isEqualTo(
                        "Writing needs the researcher's credentials (HTTP Basic, user researcher); nothing was written.");
        assertThat(wrong.getString("extensions.code")).isEqualTo("UNAUTHORIZED");
        assertThat(wrong.getString("message")).isEqualTo("Wrong user or password; nothing was written.");
        assertThat(exists("auth-gql-anonymous")).isFalse();
        assertThat(exists("auth-gql-wrong")).isFalse();
    }

    @Test
    void readsNeedNoCredentials() {
        given().get("/bundles/export").then().statusCode(200);
        assertThat(GraphQL.data("{ costScopes { code } }").getList("costScopes"))
                .hasSize(5);
    }
}
