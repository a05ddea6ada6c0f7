package io.costledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import java.io.IOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README works as written: its GraphQL examples and its curl commands run, in order, against the service, and
 * every answer it shows is what the service answers. An answer block shows the fields it explains: each must be in
 * the service's answer with that value (numbers compared by value); arrays match in full, or up to a last element
 * {@code "..."}.
 */
@QuarkusTest
@TestProfile(ReadmeTest.ReferenceLedger.class)
class ReadmeTest {

    /** The reference data and what the README adds to it, nothing else. */
    public static class ReferenceLedger implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("%test.quarkus.datasource.jdbc.url", H2.url("ledger-readme"));
        }
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern BLOCK = Pattern.compile("(?ms)^```([^\\n]*)\\n(.*?)^```\\s*$");

    @TestHTTPResource("/")
    URL service;

    @TempDir
    Path folder;

    /** A fenced block of the README: its info string and its text. */
    record Block(String info, String text, int line) {

        boolean is(String info) {
            return this.info.equals(info);
        }
    }

    static List<Block> blocks(String markdown) {
        List<Block> blocks = new ArrayList<>();
        Matcher matcher = BLOCK.matcher(markdown);
        while (matcher.find()) {
            int line = (int) markdown.substring(0, matcher.start()).lines().count() + 1;
            blocks.add(new Block(matcher.group(1).trim(), matcher.group(2), line));
        }
        return blocks;
    }

    @Test
    void everyExampleOfTheReadmeAnswersWhatTheReadmeShows() throws Exception {
        List<Block> blocks = blocks(Files.readString(Path.of("README.md")));
        int queries = 0;
        int commands = 0;
        int answers = 0;
        for (int i = 0; i < blocks.size(); i++) {
            Block block = blocks.get(i);
            String answer = null;
            if (block.is("graphql")) {
                answer = query(block);
                queries++;
            } else if (block.is("sh example")) {
                answer = run(block);
                commands++;
            } else if (block.info().startsWith("json file=")) {
                Files.writeString(folder.resolve(block.info().substring("json file=".length())), block.text());
            }
            Block next = i + 1 < blocks.size() ? blocks.get(i + 1) : null;
            if (answer != null && next != null && next.is("json answer")) {
                JsonNode shown = JSON.readTree(next.text());
                JsonNode actual = JSON.readTree(answer);
                List<String> differences = new ArrayList<>();
                compare(shown, actual, "$", differences);
                assertThat(differences)
                        .as(
                                "README line %d: the answer shown at line %d; the service answered %s",
                                block.line(), next.line(), answer)
                        .isEmpty();
                answers++;
            } else if (block.is("graphql")) {
                assertThat(JSON.readTree(answer).has("errors"))
                        .as("README line %d answered %s", block.line(), answer)
                        .isFalse();
            }
        }
        assertThat(queries).as("GraphQL examples").isGreaterThanOrEqualTo(6);
        assertThat(commands).as("curl examples").isGreaterThanOrEqualTo(7);
        assertThat(answers).as("answers compared").isGreaterThanOrEqualTo(11);
    }

    private String query(Block block) {
        return RestAssured.given()
                .contentType(ContentType.JSON)
                .body(Map.of("query", block.text()))
                .post("/graphql")
                .then()
                .statusCode(200)
                .extract()
                .asString();
    }

    /** Runs the block's commands with bash in the folder of the README's files, against the service under test. */
    private String run(Block block) throws IOException, InterruptedException {
        String script = block.text().replace("http://localhost:8080/", service.toString());
        Process process = new ProcessBuilder("bash", "-euo", "pipefail", "-c", script)
                .directory(folder.toFile())
                .redirectError(ProcessBuilder.Redirect.INHERIT)
                .start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            fail("README line %d did not finish", block.line());
        }
        assertThat(process.exitValue())
                .as("README line %d: %s", block.line(), script)
                .isZero();
        return out;
    }

    /** Whether {@code actual} has everything {@code shown} shows, recording where it differs. */
    static void compare(JsonNode shown, JsonNode actual, String path, List<String> differences) {
        if (shown.isObject()) {
            if (!actual.isObject()) {
                differences.add(path + ": expected an object, got " + actual);
                return;
            }
            for (Iterator<Map.Entry<String, JsonNode>> fields = shown.fields(); fields.hasNext(); ) {
                Map.Entry<String, JsonNode> field = fields.next();
                if (!actual.has(field.getKey())) {
                    differences.add(path + "." + field.getKey() + ": missing");
                } else {
                    compare(field.getValue(), actual.get(field.getKey()), path + "." + field.getKey(), differences);
                }
            }
        } else if (shown.isArray()) {
            if (!actual.isArray()) {
                differences.add(path + ": expected an array, got " + actual);
                return;
            }
            boolean prefix =
                    shown.size() > 0 && "...".equals(shown.get(shown.size() - 1).asText(null));
            int count = prefix ? shown.size() - 1 : shown.size();
            if (prefix ? actual.size() < count : actual.size() != count) {
                differences.add(path + ": " + actual.size() + " elements, the README shows " + count
                        + (prefix ? " or more" : ""));
                return;
            }
            for (int i = 0; i < count; i++) {
                compare(shown.get(i), actual.get(i), path + "[" + i + "]", differences);
            }
        } else if (shown.isNumber()) {
            if (!actual.isNumber() || shown.decimalValue().compareTo(actual.decimalValue()) != 0) {
                differences.add(path + ": " + actual + ", the README shows " + shown);
            }
        } else if (!shown.equals(actual)) {
            differences.add(path + ": " + actual + ", the README shows " + shown);
        }
    }

    @Test
    void theComparisonFindsWhatTheReadmeGetsWrong() throws Exception {
        List<String> differences = new ArrayList<>();
        compare(
                JSON.readTree("{\"a\": 5576000, \"b\": [1, \"...\"], \"c\": [1, 2], \"d\": \"x\", \"e\": {\"f\": 1}}"),
                JSON.readTree("{\"a\": 5576000.00, \"b\": [1, 2, 3], \"c\": [1], \"d\": \"y\", \"e\": {}, \"g\": 0}"),
                "$",
                differences);

        assertThat(differences)
                .containsExactly(
                        "$.c: 1 elements, the README shows 2", "$.d: \"y\", the README shows \"x\"", "$.e.f: missing");
    }
}
