package io.costledger.ops;

import static org.assertj.core.api.Assertions.assertThat;

import io.costledger.GraphQL;
import io.costledger.Researcher;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * Values a column cannot hold are problems of the bundle with short messages; arguments and cursors with characters no
 * key holds are refused by name; nothing in an answer quotes a library's internals.
 */
@QuarkusTest
class InputHygieneTest {

    /** A library's class, feature or message id, a stack frame, SQL. */
    private static final Pattern INSIDES = Pattern.compile("\\b(com|org|io|java|jakarta)\\.[a-z]+\\.|SRGQL\\d+"
            + "|JsonReadFeature|StreamReadConstraints|Exception|\\tat |\\bselect .* from\\b|DataFetchingException");

    private static String claim(String key, String fields) {
        return "{\"key\": \"" + key + "\", \"source\": \"ai-index-2024\", \"model\": \"gpt-4\", \"quote\": \"q\","
                + " \"included\": [\"DATA\"], " + fields + "}";
    }

    private static List<String> problems(String bundle) {
        String body = Researcher.post(bundle).statusCode(422).extract().asString();
        assertThat(INSIDES.matcher(body).find()).as(body).isFalse();
        return new JsonPath(body).getList("problems.message");
    }

    @Test
    void numbersBeyondTheColumnsAreProblemsWithShortMessages() {
        List<String> problems = problems("{\"claims\": [" + claim("hy-n1", "\"amountUsd\": 1e30") + ", "
                + claim("hy-n2", "\"amountUsd\": " + "9".repeat(200)) + ", " + claim("hy-n3", "\"amountUsd\": 1.005")
                + ", " + claim("hy-n4", "\"gpuHours\": 0, \"hardware\": \"h800\", \"amountUsd\": 1") + "]}");

        assertThat(problems)
                .containsExactly(
                        "amountUsd is larger than the ledger holds (at most 999999999999999999.99), got"
                                + " 1000000000000000000000000000000",
                        "amountUsd is larger than the ledger holds (at most 999999999999999999.99), got"
                                + " 9999999999999999999999999999999999999999...",
                        "amountUsd has more than 2 decimals: 1.005",
                        "gpuHours must be greater than zero, got 0");
        String extreme = Researcher.post("{\"claims\": [" + claim("hy-n5", "\"amountUsd\": 1e-150000000") + "]}")
                .statusCode(400)
                .extract()
                .asString();
        assertThat(extreme)
                .hasSizeLessThan(300)
                .contains("the number at claims[0].amountUsd is too large or too small");
    }

    @Test
    void datesOutsideTheYearsOneTo9999AreProblems() {
        assertThat(problems("{\"claims\": [" + claim("hy-d1", "\"amountUsd\": 1, \"statedOn\": \"0000-12-31\"") + ", "
                        + claim("hy-d2", "\"amountUsd\": 1, \"statedOn\": \"+999999999-12-31\"") + ", "
                        + claim("hy-d3", "\"amountUsd\": 1, \"statedOn\": \"-0001-01-01\"") + "]}"))
                .containsExactly(
                        "statedOn \"0000-12-31\" is not a date (YYYY-MM-DD)",
                        "statedOn \"+999999999-12-31\" is not a date (YYYY-MM-DD)",
                        "statedOn \"-0001-01-01\" is not a date (YYYY-MM-DD)");
        Researcher.post("{\"claims\": [" + claim("hy-d4", "\"amountUsd\": 1, \"statedOn\": \"0001-01-01\"") + ", "
                        + claim("hy-d5", "\"amountUsd\": 1, \"statedOn\": \"9999-12-31\"") + "]}")
                .statusCode(200);
        assertThat(GraphQL.data("{ claim(key: \"hy-d4\") { statedOn } }").getString("claim.statedOn"))
                .isEqualTo("0001-01-01");
    }

    @Test
    void controlCharactersAreProblemsExceptTabsAndLineBreaksInQuotes() {
        assertThat(problems("{\"sources\": [{\"key\": \"hy-s\", \"title\": \"a\\u0000b\", \"kind\": \"PRESS\"}],"
                        + " \"claims\": [" + claim("hy-c1", "\"amountUsd\": 1, \"locator\": \"p.\\u00073\"") + "]}"))
                .containsExactly("title holds a control character", "locator holds a control character");
        Researcher.post("{\"claims\": ["
                        + claim("hy-c2", "\"amountUsd\": 1, \"notes\": \"one\\ttwo\"")
                                .replace("\"q\"", "\"line one\\nline two\\r\\n\\tindented\"")
                        + "]}")
                .statusCode(200);
        assertThat(GraphQL.data("{ claim(key: \"hy-c2\") { quote } }").getString("claim.quote"))
                .isEqualTo("line one\nline two\r\n\tindented");
    }

    @Test
    void onlyHttpAndHttpsUrlsAreStored() {
        assertThat(problems("{\"sources\": [{\"key\": \"hy-u1\", \"title\": \"T\", \"kind\": \"PRESS\", \"url\":"
                        + " \"javascript:alert(1)\"}, {\"key\": \"hy-u2\", \"title\": \"T\", \"kind\": \"PRESS\","
                        + " \"url\": \"data:text/html,x\"}, {\"key\": \"hy-u3\", \"title\": \"T\", \"kind\": \"PRESS\","
                        + " \"url\": \"https://ok.example/a b\"}]}"))
                .containsExactly(
                        "url must be an http or https URL",
                        "url must be an http or https URL",
                        "url must be an http or https URL");
    }

    @Test
    void aLongProblemListIsCappedWithACountOfTheRest() {
        String organizations = IntStream.range(0, 9000)
                .mapToObj(i -> "{\"key\": \"BAD" + i + "\", \"name\": \"x\"}")
                .collect(Collectors.joining(", "));
        String body = Researcher.post("{\"organizations\": [" + organizations + "]}")
                .statusCode(422)
                .extract()
                .asString();
        JsonPath error = new JsonPath(body);

        assertThat(error.getList("problems")).hasSize(100);
        assertThat(error.getInt("moreProblems")).isEqualTo(8900);
        assertThat(error.getString("message")).startsWith("The bundle was not loaded; it has 9000 problems: ");
        assertThat(body).hasSizeLessThan(30_000);
    }

    @Test
    void argumentsAndCursorsWithCharactersNoKeyHoldsAreRefusedByName() {
        JsonPath argument =
                GraphQL.firstError("query K($k: String!) { model(key: $k) { key } }", Map.of("k", "a\u0000b"));
        assertThat(argument.getString("extensions.code")).isEqualTo("INVALID_ARGUMENT");
        assertThat(argument.getString("message"))
                .isEqualTo("Argument 'key' holds a NUL character or an unpaired surrogate.");

        String forged = java.util.Base64.getUrlEncoder().withoutPadding().encodeToString("key:a\u0000b".getBytes());
        String long1 = "x".repeat(5000);
        for (String cursor : List.of(forged, long1)) {
            JsonPath error =
                    GraphQL.firstError("query P($a: String) { models(after: $a) { totalCount } }", Map.of("a", cursor));
            assertThat(error.getString("extensions.code")).isEqualTo("INVALID_ARGUMENT");
            assertThat(error.getString("message"))
                    .isEqualTo("after is not a cursor this API issued. Pass pageInfo.endCursor of the previous page.");
        }
    }

    @Test
    void aBundleListLongerThanAStatementsParametersLoadsOrAnswersItsProblems() {
        String organizations = IntStream.range(0, 32_769)
                .mapToObj(i -> "{\"key\": \"hy-big-" + i + "\", \"name\": \"x\"}")
                .collect(Collectors.joining(", "));
        JsonPath loaded = new JsonPath(Researcher.post("{\"organizations\": [" + organizations + "]}")
                .statusCode(200)
                .extract()
                .asString());
        assertThat(loaded.getInt("created")).isEqualTo(32_769);

        String models = IntStream.range(0, 32_769)
                .mapToObj(i -> "{\"key\": \"hy-bm-" + i + "\", \"name\": \"x\", \"organization\": \"hy-nobody\"}")
                .collect(Collectors.joining(", "));
        JsonPath refused = new JsonPath(Researcher.post("{\"models\": [" + models + "]}")
                .statusCode(422)
                .extract()
                .asString());
        assertThat(refused.getInt("moreProblems")).isEqualTo(32_669);
        assertThat(refused.getString("problems[0].message"))
                .isEqualTo("organization \"hy-nobody\" does not exist in the bundle or the ledger");
    }
}
