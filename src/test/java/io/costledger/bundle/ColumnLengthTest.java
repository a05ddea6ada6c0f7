package io.costledger.bundle;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.costledger.Researcher;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A text one character longer than its column holds is a problem of the bundle that names the field, for every text
 * field of every kind (the lengths come from the published bundle schema, which takes them from the database).
 */
@QuarkusTest
class ColumnLengthTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** A valid item of each kind, referring to the reference data. */
    private static final Map<String, String> VALID = Map.of(
            "ORGANIZATION", "{\"key\": \"len-o\", \"name\": \"O\"}",
            "MODEL", "{\"key\": \"len-m\", \"name\": \"M\", \"organization\": \"deepseek\"}",
            "HARDWARE", "{\"key\": \"len-h\", \"name\": \"H\"}",
            "SOURCE", "{\"key\": \"len-s\", \"title\": \"T\", \"kind\": \"PRESS\"}",
            "HARDWARE_RATE",
                    "{\"hardware\": \"h800\", \"kind\": \"ON_DEMAND\", \"usdPerGpuHour\": 1,"
                            + " \"effectiveOn\": \"1999-01-01\"}",
            "CLAIM",
                    "{\"key\": \"len-c\", \"source\": \"ai-index-2024\", \"model\": \"gpt-4\", \"quote\": \"q\","
                            + " \"amountUsd\": 1, \"included\": [\"DATA\"]}");

    @Test
    void aTextOneCharacterTooLongForItsColumnIsAProblem() throws Exception {
        JsonNode schema = JSON.readTree(given().get("/bundles/schema.json")
                .then()
                .statusCode(200)
                .extract()
                .asString());
        List<String> checked = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> lists =
                        schema.get("properties").fields();
                lists.hasNext(); ) {
            Map.Entry<String, JsonNode> list = lists.next();
            String kind = list.getValue().at("/items/$ref").asText().replace("#/$defs/", "");
            if (!VALID.containsKey(kind)) {
                continue;
            }
            JsonNode properties = schema.at("/$defs/" + kind + "/properties");
            for (Iterator<Map.Entry<String, JsonNode>> fields = properties.fields(); fields.hasNext(); ) {
                Map.Entry<String, JsonNode> field = fields.next();
                int max = field.getValue().path("maxLength").asInt(0);
                if (max > 0 && !field.getValue().path("pattern").asText().startsWith("^[a-z0-9]")) {
                    tooLong(list.getKey(), kind, field.getKey(), max);
                    checked.add(kind + "." + field.getKey());
                }
            }
        }
        assertThat(checked)
                .contains(
                        "ORGANIZATION.name",
                        "ORGANIZATION.country",
                        "MODEL.name",
                        "HARDWARE.vendor",
                        "SOURCE.url",
                        "SOURCE.title",
                        "HARDWARE_RATE.provider",
                        "CLAIM.quote",
                        "CLAIM.locator",
                        "CLAIM.notes");
    }

    private static void tooLong(String list, String kind, String field, int max) throws Exception {
        ObjectNode item = (ObjectNode) JSON.readTree(VALID.get(kind));
        String text = field.equals("url") ? "https://example.org/" + "x".repeat(max - 19) : "x".repeat(max + 1);
        item.put(field, text);
        String bundle = "{\"" + list + "\": [" + item + "]}";

        JsonPath refused =
                new JsonPath(Researcher.post(bundle).statusCode(422).extract().asString());

        assertThat(refused.getList("problems.message"))
                .as(kind + "." + field)
                .containsExactly(field + " is " + (max + 1) + " characters long; at most " + max + " are allowed");
    }
}
