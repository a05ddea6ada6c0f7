package io.costledger.bundle;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Reads a bundle from its JSON form (the body of {@code POST /bundles}, the files of {@code db/reference}), reporting
 * every field of the wrong type, malformed date or unknown name at once, with its path and item key.
 */
public final class BundleDocument {

    private final ObjectMapper mapper;

    public BundleDocument(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    /**
     * The bundle, with every value that does not fit its field left out and reported as a problem, so that the
     * loader can report those together with the problems it finds itself.
     *
     * @throws MalformedBundleException when the text is not a JSON object
     */
    public ParsedBundle read(String json) {
        JsonNode document;
        try {
            document = mapper.reader()
                    .with(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                    .readTree(json);
        } catch (JacksonException e) {
            throw new MalformedBundleException("The body is not JSON: " + e.getOriginalMessage()
                    + (e.getLocation() == null
                            ? ""
                            : " (line " + e.getLocation().getLineNr() + ", column "
                                    + e.getLocation().getColumnNr() + ")"));
        }
        if (document == null || !document.isObject()) {
            throw new MalformedBundleException("The body must be a JSON object with the lists "
                    + String.join(", ", BundleFields.FIELDS.keySet()) + ".");
        }
        return parse((ObjectNode) document);
    }

    /**
     * The same, from the value of a GraphQL {@code BundleInput} argument as graphql-java hands it over (maps, lists
     * and scalars): dates and numbers are not checked before they reach here.
     */
    public ParsedBundle fromArgument(Object argument) {
        JsonNode document = mapper.valueToTree(argument);
        if (document == null || !document.isObject()) {
            throw new MalformedBundleException("The bundle must be an object with the lists "
                    + String.join(", ", BundleFields.FIELDS.keySet()) + ".");
        }
        return parse((ObjectNode) document);
    }

    private ParsedBundle parse(ObjectNode document) {
        Problems problems = new Problems();
        check(document, problems);
        try {
            return new ParsedBundle(
                    mapper.treeToValue(document, Bundle.class), problems.list(), problems.malformedFields());
        } catch (JsonProcessingException | IllegalArgumentException e) {
            throw new MalformedBundleException("The body is not a bundle: " + e.getMessage());
        }
    }

    private static void check(ObjectNode document, Problems problems) {
        for (String name : names(document)) {
            if (!BundleFields.FIELDS.containsKey(name)) {
                problems.add(
                        name, null, "unknown list; a bundle has " + String.join(", ", BundleFields.FIELDS.keySet()));
                document.remove(name);
            }
        }
        BundleFields.FIELDS.forEach((list, fields) -> {
            JsonNode items = document.get(list);
            if (items == null || items.isNull()) {
                return;
            }
            if (!items.isArray()) {
                problems.add(list, null, "must be a list");
                document.remove(list);
                return;
            }
            for (int i = 0; i < items.size(); i++) {
                if (!item(items.get(i), list + "[" + i + "]", fields, problems)) {
                    ((ArrayNode) items).set(i, NullNode.getInstance());
                }
            }
        });
    }

    /** Checks one item, leaving out the values that do not fit; false if the item is not an object at all. */
    private static boolean item(JsonNode item, String path, Map<String, BundleFields.Kind> fields, Problems problems) {
        if (!item.isObject()) {
            if (!item.isNull()) {
                problems.add(path, null, "must be an object");
            }
            return false;
        }
        String key = key(item);
        for (String name : names(item)) {
            BundleFields.Kind kind = fields.get(name);
            String wrong = kind == null
                    ? null
                    : item.get(name).isNull() ? null : BundleFields.wrongValue(kind, item.get(name));
            if (kind == null) {
                problems.add(path, key, "unknown field \"" + name + "\"");
            } else if (wrong != null) {
                problems.malformed(path, key, name, name + " " + wrong);
            }
            if (kind == null || wrong != null) {
                ((ObjectNode) item).remove(name);
            }
        }
        return true;
    }

    /** The item's key as problems name it: its key, or for a rate its hardware, kind, date and provider. */
    private static String key(JsonNode item) {
        if (item.has("key") || !item.has("hardware")) {
            return item.path("key").isTextual() ? item.get("key").asText() : null;
        }
        return item.path("hardware").asText() + " " + item.path("kind").asText() + " "
                + item.path("effectiveOn").asText() + " "
                + (item.path("provider").isTextual() ? item.get("provider").asText() : "(no provider)");
    }

    private static List<String> names(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
