package io.costledger.bundle;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.costledger.analysis.Taxonomy;
import io.costledger.history.FieldChangeView;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * An item's form: the item exactly as the export writes it, which is also what history keeps. Fields in the order of
 * the description, absent fields left out, numbers without trailing zeros, false flags and empty category lists not
 * written, categories in position order. Two forms are equal exactly when the export would write the same.
 */
final class Forms {

    static final JsonNodeFactory JSON = JsonNodeFactory.withExactBigDecimals(true);
    static final ObjectMapper MAPPER =
            new ObjectMapper().setNodeFactory(JSON).enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN);

    private Forms() {}

    /** The form of an item as a bundle gives it (its shape already checked); shorthands are left to the rules. */
    static ObjectNode of(Item item, JsonNode given, Taxonomy taxonomy) {
        ObjectNode form = JSON.objectNode();
        for (Field field : item.fields) {
            JsonNode value = given.get(field.name());
            if (field.inputOnly()
                    || value == null
                    || value.isNull()
                    || value.asText().equals(field.absentAs())) {
                continue;
            }
            switch (field.shape()) {
                case DECIMAL -> form.put(field.name(), value.decimalValue().stripTrailingZeros());
                case COUNT, YEAR -> form.put(field.name(), value.intValue());
                case FLAG -> {
                    if (value.booleanValue()) {
                        form.put(field.name(), true);
                    }
                }
                case CATEGORIES -> categories(form, field.name(), value, taxonomy);
                default -> {
                    if (!value.asText().isEmpty()) {
                        form.put(field.name(), value.asText());
                    }
                }
            }
        }
        return form;
    }

    private static void categories(ObjectNode form, String name, JsonNode value, Taxonomy taxonomy) {
        Set<String> codes = new LinkedHashSet<>();
        value.forEach(code -> codes.add(code.asText()));
        if (!codes.isEmpty()) {
            ArrayNode ordered = form.putArray(name);
            taxonomy.ordered(codes).forEach(ordered::add);
        }
    }

    /** The form with its fields in the order of the description (rules may have added some at the end). */
    static ObjectNode ordered(Item item, ObjectNode form) {
        ObjectNode ordered = JSON.objectNode();
        for (Field field : item.fields) {
            JsonNode value = form.get(field.name());
            if (value != null) {
                ordered.set(field.name(), value);
            }
        }
        return ordered;
    }

    /** The form as JSON text. */
    static String text(JsonNode form) {
        try {
            return MAPPER.writeValueAsString(form);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Each field whose value differs, with both values as the bundle writes them (null where absent). */
    static List<FieldChangeView> changes(Item item, JsonNode before, JsonNode after) {
        List<FieldChangeView> changes = new ArrayList<>();
        for (Field field : item.fields) {
            JsonNode was = before == null ? null : before.get(field.name());
            JsonNode is = after == null ? null : after.get(field.name());
            if (was == null ? is != null : !was.equals(is)) {
                changes.add(new FieldChangeView(
                        field.name(), was == null ? null : text(was), is == null ? null : text(is)));
            }
        }
        return changes;
    }
}
