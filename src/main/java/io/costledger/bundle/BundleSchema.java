package io.costledger.bundle;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.PathType;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import io.costledger.db.Database;
import io.costledger.history.ItemKind;
import io.costledger.taxonomy.TaxonomyCatalog;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The bundle's JSON Schema (draft 2020-12), generated from the item descriptions ({@link Kinds}) with the column
 * sizes of the database ({@link ColumnSizes}), the categories and the scopes: the one definition of a bundle's
 * shape. The loader validates every bundle with it; {@code GET /bundles/schema.json} publishes it for editors.
 */
@ApplicationScoped
public class BundleSchema {

    static final String KEY = "^[a-z0-9][a-z0-9._-]*$";
    static final String LINE = "^[^\\u0000-\\u001F\\u007F]*$";
    static final String TEXT = "^[^\\u0000-\\u0008\\u000B\\u000C\\u000E-\\u001F\\u007F]*$";
    /** One line, not blank. */
    static final String LINE_REQUIRED =
            "^[^\\u0000-\\u001F\\u007F]*[^\\s\\u0000-\\u001F\\u007F][^\\u0000-\\u001F\\u007F]*$";
    /** Text, not blank. */
    static final String TEXT_REQUIRED = "^[^\\u0000-\\u0008\\u000B\\u000C\\u000E-\\u001F\\u007F]*"
            + "[^\\s\\u0000-\\u001F\\u007F][^\\u0000-\\u0008\\u000B\\u000C\\u000E-\\u001F\\u007F]*$";

    static final String URL = "^[hH][tT][tT][pP][sS]?://[^\\u0000-\\u0020\\u007F]+$";
    /** YYYY, YYYY-MM or YYYY-MM-DD in the years 1 to 9999; whether the day exists is a rule of its kind. */
    static final String PARTIAL_DATE = "^(000[1-9]|00[1-9][0-9]|0[1-9][0-9]{2}|[1-9][0-9]{3})"
            + "(-(0[1-9]|1[0-2])(-(0[1-9]|[12][0-9]|3[01]))?)?$";

    static final String DATE = "^(000[1-9]|00[1-9][0-9]|0[1-9][0-9]{2}|[1-9][0-9]{3})-[0-9]{2}-[0-9]{2}$";
    static final int KEY_LENGTH = 200;

    private static final JsonNodeFactory JSON = JsonNodeFactory.withExactBigDecimals(true);

    @Inject
    Database database;

    @Inject
    TaxonomyCatalog catalog;

    private volatile Built built;

    private record Built(ObjectNode document, JsonSchema validator) {}

    /** The schema, as published. */
    public ObjectNode document() {
        return built().document().deepCopy();
    }

    /**
     * Checks the bundle's shape; adds a problem for each violation and returns where they are: each item with a
     * problem ({@code claims[3]}), and each field with one ({@code claims[3].statedOn}).
     */
    Set<String> check(JsonNode bundle, Problems problems) {
        Set<String> broken = new HashSet<>();
        Map<String, ValidationMessage> byField = new TreeMap<>();
        for (ValidationMessage message : built().validator().validate(withoutNulls(bundle))) {
            byField.putIfAbsent(ShapeProblems.order(message, bundle), message);
        }
        byField.values().forEach(message -> {
            Problem problem = ShapeProblems.of(message, bundle);
            problems.add(problem.path(), problem.key(), problem.message());
            broken.add(problem.path());
            ShapeProblems.field(message).ifPresent(field -> broken.add(problem.path() + "." + field));
        });
        return broken;
    }

    /** The bundle with every null field of an item left out: a field given as null is a field not given. */
    private static JsonNode withoutNulls(JsonNode bundle) {
        if (!bundle.isObject()) {
            return bundle;
        }
        JsonNode copy = bundle.deepCopy();
        copy.forEach(list -> list.forEach(item -> {
            if (item.isObject()) {
                List<String> nulls = new java.util.ArrayList<>();
                item.fields().forEachRemaining(field -> {
                    if (field.getValue().isNull()) {
                        nulls.add(field.getKey());
                    }
                });
                ((ObjectNode) item).remove(nulls);
            }
        }));
        return copy;
    }

    private Built built() {
        Built current = built;
        if (current == null) {
            synchronized (this) {
                if (built == null) {
                    built = QuarkusTransaction.joiningExisting().call(this::build);
                }
                current = built;
            }
        }
        return current;
    }

    private Built build() {
        ColumnSizes sizes = ColumnSizes.read(database);
        ObjectNode document = JSON.objectNode()
                .put("$schema", "https://json-schema.org/draft/2020-12/schema")
                .put("$id", "urn:cost-ledger:bundle")
                .put("title", "Cost Ledger bundle")
                .put(
                        "description",
                        "Organizations, models, hardware, sources, hourly rates and claims to create or"
                                + " update by key, and items to retract: loaded whole or not at all.")
                .put("type", "object")
                .put("additionalProperties", false);
        ObjectNode lists = document.putObject("properties");
        ObjectNode definitions = document.putObject("$defs");
        for (Item item : Kinds.IN_BUNDLE_ORDER) {
            lists.putObject(item.list).put("type", "array").putObject("items").put("$ref", "#/$defs/" + item.kind);
            definitions.set(item.kind.name(), item(item, sizes));
        }
        lists.putObject("retractions").put("type", "array").putObject("items").put("$ref", "#/$defs/RETRACTION");
        definitions.set("RETRACTION", retraction(sizes));
        SchemaValidatorsConfig config = SchemaValidatorsConfig.builder()
                .pathType(PathType.JSON_PATH)
                .formatAssertionsEnabled(true)
                .build();
        JsonSchema validator =
                JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(document, config);
        return new Built(document, validator);
    }

    private ObjectNode item(Item item, ColumnSizes sizes) {
        ObjectNode schema = JSON.objectNode().put("type", "object").put("additionalProperties", false);
        ArrayNode required = schema.putArray("required");
        ObjectNode properties = schema.putObject("properties");
        for (Field field : item.fields) {
            properties.set(field.name(), field(item, field, sizes));
            if (field.required()) {
                required.add(field.name());
            }
        }
        return schema;
    }

    private ObjectNode field(Item item, Field field, ColumnSizes sizes) {
        ObjectNode schema = JSON.objectNode();
        switch (field.shape()) {
            case KEY -> text(schema, KEY_LENGTH, KEY).put("minLength", 1);
            case LINE -> text(schema, length(item, field, sizes), field.required() ? LINE_REQUIRED : LINE);
            case TEXT -> text(schema, length(item, field, sizes), field.required() ? TEXT_REQUIRED : TEXT);
            case URL -> text(schema, length(item, field, sizes), URL);
            case DATE -> schema.put("type", "string").put("pattern", DATE).put("format", "date");
            case PARTIAL_DATE -> schema.put("type", "string").put("pattern", PARTIAL_DATE);
            case YEAR -> schema.put("type", "integer").put("minimum", 1).put("maximum", 9999);
            case DECIMAL -> decimal(schema, field, sizes.of(item.table, field.column()));
            case COUNT -> schema.put("type", "integer").put("minimum", 1).put("maximum", Integer.MAX_VALUE);
            case FLAG -> schema.put("type", "boolean");
            case CHOICE -> names(schema.put("type", "string"), field.choices());
            case SCOPE ->
                names(
                        schema.put("type", "string"),
                        catalog.scopes().stream().map(scope -> scope.code()).toList());
            case CATEGORIES -> {
                schema.put("type", "array").put("uniqueItems", true);
                names(
                        schema.putObject("items").put("type", "string"),
                        catalog.taxonomy().categories());
            }
        }
        if (field.required() && (field.shape() == Shape.LINE || field.shape() == Shape.TEXT)) {
            schema.put("minLength", 1);
        }
        if (field.required() && field.shape() == Shape.CATEGORIES) {
            schema.put("minItems", 1);
        }
        return schema;
    }

    private ObjectNode retraction(ColumnSizes sizes) {
        ObjectNode schema = JSON.objectNode().put("type", "object").put("additionalProperties", false);
        schema.putArray("required").add("kind").add("key").add("reason");
        ObjectNode properties = schema.putObject("properties");
        names(
                properties.putObject("kind").put("type", "string"),
                Arrays.stream(ItemKind.values()).map(Enum::name).toList());
        text(
                        properties.putObject("key"),
                        sizes.of("ledger_revision", "item_key").characters(),
                        LINE)
                .put("minLength", 1);
        text(
                        properties.putObject("reason"),
                        sizes.of("ledger_revision", "reason").characters(),
                        LINE)
                .put("minLength", 1);
        return schema;
    }

    private static int length(Item item, Field field, ColumnSizes sizes) {
        return sizes.of(item.table, field.column()).characters();
    }

    private static ObjectNode text(ObjectNode schema, int maxLength, String pattern) {
        return schema.put("type", "string").put("maxLength", maxLength).put("pattern", pattern);
    }

    private static void names(ObjectNode schema, List<String> names) {
        ArrayNode allowed = schema.putArray("enum");
        names.forEach(allowed::add);
    }

    /** A number the column holds exactly: at most its precision's digits, at most its scale's after the point. */
    private static void decimal(ObjectNode schema, Field field, ColumnSizes.Size size) {
        BigDecimal step = BigDecimal.ONE.movePointLeft(size.scale());
        BigDecimal largest =
                BigDecimal.ONE.movePointRight(size.precision() - size.scale()).subtract(step);
        schema.put("type", "number").put(field.positive() ? "exclusiveMinimum" : "minimum", 0);
        schema.put("maximum", largest).put("multipleOf", step);
    }
}
