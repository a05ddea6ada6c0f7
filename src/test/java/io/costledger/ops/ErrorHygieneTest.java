package io.costledger.ops;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.costledger.GraphQL;
import io.costledger.Researcher;
import io.costledger.api.ApiErrors;
import io.costledger.api.DatabaseUnavailableException;
import io.costledger.api.ErrorIdExtension;
import io.costledger.api.LedgerException;
import io.costledger.api.UnexpectedErrorException;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.json.JsonString;
import java.sql.SQLException;
import java.util.Map;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Whatever a client sends, the answer is a clean error: no stack trace, Java class name or SQL. */
@QuarkusTest
class ErrorHygieneTest {

    /** A fully qualified Java name, an exception's "Name: message", a stack frame, SQL. */
    private static final Pattern INSIDES = Pattern.compile(
            "\\b[a-z]+(\\.[a-z0-9]+)+\\.[A-Z]\\w*|\\w+(Exception|Error): |\\sat [a-z]+\\.|\\bSQL\\b|(?i)\\b(select|insert|update|delete) .* (from|into|set|where)\\b");

    private static String clean(String body) {
        assertThat(INSIDES.matcher(body).results().map(MatchResult::group).toList())
                .as(body)
                .isEmpty();
        return body;
    }

    private static String graphql(String rawBody) {
        return clean(given().contentType(ContentType.JSON)
                .body(rawBody)
                .post("/graphql")
                .then()
                .extract()
                .asString());
    }

    @Test
    void malformedJsonToGraphQL() {
        String body = graphql("{\"query\": \"{ costScopes { code } }\"");

        assertThat(new JsonPath(body).getString("errors[0].message")).isEqualTo("Unparseable request");
    }

    @Test
    void invalidGraphQLSyntax() {
        JsonPath error = new JsonPath(graphql("{\"query\": \"{ costScopes { code \"}")).setRootPath("errors[0]");

        assertThat(error.getString("message")).isEqualTo("Unparseable input document");
    }

    @Test
    void unknownField() {
        JsonPath error = new JsonPath(graphql("{\"query\": \"{ costScopes { price } }\"}")).setRootPath("errors[0]");

        assertThat(error.getString("message")).contains("Field 'price' in type 'CostScope' is undefined");
    }

    @Test
    void wrongVariableTypes() {
        JsonPath error = new JsonPath(clean(GraphQL.post(
                                "query M($first: Int) { models(first: $first) { totalCount } }", Map.of("first", "ten"))
                        .extract()
                        .asString()))
                .setRootPath("errors[0]");

        assertThat(error.getString("extensions.code")).isEqualTo("INVALID_ARGUMENT");
        assertThat(error.getString("message")).isEqualTo("Argument 'first' is not a valid Int.");
        assertThat(new JsonPath(GraphQL.post(
                                        "query M($first: Int) { models(first: $first) { totalCount } }",
                                        Map.of("first", "ten"))
                                .extract()
                                .asString())
                        .getList("errors"))
                .hasSize(1);
    }

    @Test
    void aOneMegabyteQuoteIsRefusedByNameOverRestAndGraphQL() {
        String huge = "x".repeat(1024 * 1024);
        String bundle = "{\"claims\": [{\"key\": \"huge\", \"source\": \"ai-index-2024\", \"model\": \"gpt-4\","
                + " \"quote\": \"" + huge + "\", \"amountUsd\": 1, \"included\": [\"DATA\"]}]}";

        JsonPath rest = new JsonPath(
                clean(Researcher.post(bundle).statusCode(422).extract().asString()));
        JsonPath gql = new JsonPath(clean(Researcher.mutate(bundle).extract().asString())).setRootPath("errors[0]");

        String problem = "quote is 1048576 characters long; at most 20000 are allowed";
        assertThat(rest.getString("problems[0].message")).isEqualTo(problem);
        assertThat(gql.getString("extensions.code")).isEqualTo("INVALID_BUNDLE");
        assertThat(gql.getString("extensions.problems[0].message")).isEqualTo(problem);
    }

    @Test
    void deeplyNestedQueries() {
        JsonPath tooDeep = new JsonPath(graphql("{\"query\": \"" + nested(60) + "\"}")).setRootPath("errors[0]");
        JsonPath unparseable = new JsonPath(graphql("{\"query\": \"" + nested(5000) + "\"}")).setRootPath("errors[0]");

        assertThat(tooDeep.getString("extensions.code")).isEqualTo("QUERY_TOO_DEEP");
        assertThat(unparseable.getString("message")).isEqualTo("Unparseable input document");
    }

    private static String nested(int levels) {
        return "{ claims { nodes { " + "cites { ".repeat(levels) + "key" + " }".repeat(levels) + " } } }";
    }

    @Test
    void unexpectedFailuresAreAnsweredWithOnlyAnIdAndOutagesByName() {
        LedgerException unexpected = ApiErrors.translate(new IllegalStateException("a bug in io.costledger.Foo"));
        LedgerException outage = ApiErrors.translate(new RuntimeException(new SQLException("gone", "57P01")));

        assertThat(unexpected).isInstanceOf(UnexpectedErrorException.class);
        String errorId = ((UnexpectedErrorException) unexpected).errorId();
        assertThat(errorId).matches("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
        assertThat(unexpected.getMessage()).isEqualTo("Unexpected error; it was logged under errorId " + errorId + ".");
        assertThat(((JsonString) new ErrorIdExtension().mapValueFrom(unexpected)).getString())
                .isEqualTo(errorId);
        assertThat(new ErrorIdExtension().mapValueFrom(outage)).isNull();
        assertThat(outage).isInstanceOf(DatabaseUnavailableException.class);
    }

    @Test
    void restErrorsAreCleanToo() {
        clean(Researcher.post("not json at all").statusCode(400).extract().asString());
        clean(given().contentType(ContentType.JSON)
                .body("{}")
                .post("/bundles")
                .then()
                .statusCode(401)
                .extract()
                .asString());
        clean(given().get("/no/such/path").then().statusCode(404).extract().asString());
    }
}
