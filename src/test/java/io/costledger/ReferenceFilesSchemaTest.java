package io.costledger;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every file of {@code db/reference} is a bundle that the JSON Schema published at {@code GET /bundles/schema.json}
 * accepts, so editors that check a bundle against it and the loader agree. A {@code fill-} file is checked as the
 * bundle it loads: each of its items merged into the item the earlier files shipped.
 */
@QuarkusTest
class ReferenceFilesSchemaTest {

    /** Numbers read exactly, as the loader reads them (StrictJson). */
    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(com.fasterxml.jackson.databind.DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .setNodeFactory(com.fasterxml.jackson.databind.node.JsonNodeFactory.withExactBigDecimals(true));

    @Test
    void everyReferenceFileIsABundleThePublishedSchemaAccepts() throws Exception {
        JsonNode document = JSON.readTree(given().get("/bundles/schema.json")
                .then()
                .statusCode(200)
                .extract()
                .asByteArray());
        JsonSchema schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
                .getSchema(
                        document,
                        SchemaValidatorsConfig.builder()
                                .formatAssertionsEnabled(true)
                                .build());
        List<String> shipped = ReferenceUpgradeTest.shipped();
        List<String> inFolder;
        try (Stream<Path> files = Files.list(Path.of("db", "reference"))) {
            inFolder = files.map(file -> "db/reference/" + file.getFileName())
                    .sorted()
                    .toList();
        }
        assertThat(shipped).containsExactlyInAnyOrderElementsOf(inFolder);

        Map<String, ObjectNode> declared = new HashMap<>();
        for (String file : shipped) {
            JsonNode bundle = JSON.readTree(Files.readAllBytes(Path.of(file)));
            JsonNode checked = file.contains("/fill-") ? merged(bundle, declared) : bundle;
            Set<ValidationMessage> problems = schema.validate(checked);
            assertThat(problems).as(file).isEmpty();
            remember(bundle, declared);
        }
        assertThat(declared).hasSizeGreaterThan(200);
    }

    /** Every keyed item of the bundle, by list and key, as the bundle gives it. */
    private static void remember(JsonNode bundle, Map<String, ObjectNode> declared) {
        bundle.fields()
                .forEachRemaining(list -> list.getValue().forEach(item -> {
                    if (item.has("key")) {
                        declared.put(list.getKey() + "/" + item.get("key").asText(), (ObjectNode) item);
                    }
                }));
    }

    /** The bundle a fill loads: each item merged into the item shipped before, filling only what it lacks. */
    private static JsonNode merged(JsonNode fill, Map<String, ObjectNode> declared) throws IOException {
        ObjectNode bundle = JSON.createObjectNode();
        fill.fields().forEachRemaining(list -> {
            ArrayNode items = bundle.putArray(list.getKey());
            List<JsonNode> given = new ArrayList<>();
            list.getValue().forEach(given::add);
            for (JsonNode item : given) {
                ObjectNode shipped =
                        declared.get(list.getKey() + "/" + item.get("key").asText());
                assertThat(shipped)
                        .as("a fill names an item shipped before it: " + item)
                        .isNotNull();
                ObjectNode merged = shipped.deepCopy();
                item.fields().forEachRemaining(field -> {
                    if (!merged.has(field.getKey())) {
                        merged.set(field.getKey(), field.getValue());
                    }
                });
                items.add(merged);
            }
        });
        return bundle;
    }
}
