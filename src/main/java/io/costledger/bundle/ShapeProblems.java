package io.costledger.bundle;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonNodePath;
import com.networknt.schema.ValidationMessage;
import java.util.Optional;

/**
 * Says a JSON Schema violation in the researcher's terms: where (the item's list and index, its key) and what is
 * wrong with which field, without the validator's wording or the value itself when it is long.
 */
final class ShapeProblems {

    private ShapeProblems() {}

    static Problem of(ValidationMessage message, JsonNode bundle) {
        JsonNodePath at = message.getInstanceLocation();
        String list = at.getNameCount() > 0 ? at.getName(0) : null;
        Integer index = at.getNameCount() > 1 && at.getElement(1) instanceof Integer i ? i : null;
        String fieldName = at.getNameCount() > 2 ? at.getName(2) : null;
        if (list == null) {
            return new Problem("(bundle)", null, topLevel(message));
        }
        if (index == null) {
            return new Problem(list, null, message.getType().equals("type") ? "must be a list" : topLevel(message));
        }
        JsonNode item = bundle.path(list).path(index);
        String path = list + "[" + index + "]";
        String key = key(list, item);
        if (fieldName == null) {
            return new Problem(path, key, itemLevel(message));
        }
        Optional<Field> field = Kinds.IN_BUNDLE_ORDER.stream()
                .filter(kind -> kind.list.equals(list))
                .findFirst()
                .flatMap(kind -> kind.field(fieldName));
        JsonNode value = message.getInstanceNode() == null ? item.path(fieldName) : message.getInstanceNode();
        return new Problem(path, key, fieldLevel(message, fieldName, field.orElse(null), value));
    }

    /**
     * Where the problem sorts among the bundle's: by list (in a bundle's order, retractions last), item and field (in
     * the order the item gives them, missing ones last); one problem per field.
     */
    static String order(ValidationMessage message, JsonNode bundle) {
        JsonNodePath at = message.getInstanceLocation();
        String list = at.getNameCount() > 0 ? at.getName(0) : "";
        int listPosition =
                Kinds.IN_BUNDLE_ORDER.stream().map(item -> item.list).toList().indexOf(list);
        int index = at.getNameCount() > 1 && at.getElement(1) instanceof Integer i ? i : -1;
        String field = at.getNameCount() > 2 ? at.getName(2) : message.getProperty();
        int fieldPosition = 9999;
        if (field != null && index >= 0) {
            java.util.List<String> names = new java.util.ArrayList<>();
            bundle.path(list).path(index).fieldNames().forEachRemaining(names::add);
            fieldPosition = names.contains(field) ? names.indexOf(field) : 9999;
        }
        return String.format(
                "%02d %09d %04d %s",
                listPosition < 0 ? 99 : listPosition, index + 1, fieldPosition, field == null ? "" : field);
    }

    /** The field of an item the problem is about, if it is about one. */
    static Optional<String> field(ValidationMessage message) {
        JsonNodePath at = message.getInstanceLocation();
        if (at.getNameCount() > 2) {
            return Optional.of(at.getName(2));
        }
        return at.getNameCount() == 2 && message.getProperty() != null
                ? Optional.of(message.getProperty())
                : Optional.empty();
    }

    private static String topLevel(ValidationMessage message) {
        if (message.getType().equals("additionalProperties")) {
            return "unknown list \"" + Problems.shortened(message.getProperty()) + "\"; a bundle has "
                    + String.join(
                            ", ",
                            Kinds.IN_BUNDLE_ORDER.stream()
                                    .map(item -> item.list)
                                    .toList())
                    + ", retractions";
        }
        return "must be a JSON object of lists";
    }

    private static String itemLevel(ValidationMessage message) {
        return switch (message.getType()) {
            case "required" -> message.getProperty() + " is required and may not be empty";
            case "additionalProperties" -> "unknown field \"" + Problems.shortened(message.getProperty()) + "\"";
            case "type" -> "must be an object";
            default -> "is not a valid item";
        };
    }

    private static String fieldLevel(ValidationMessage message, String name, Field field, JsonNode value) {
        return switch (message.getType()) {
            case "type" -> name + " must be " + expected(field) + ", got " + shown(value);
            case "minLength" -> name + " is required and may not be empty";
            case "maxLength" ->
                name + " is " + value.asText().length() + " characters long; at most " + keyword(message)
                        + " are allowed";
            case "pattern" -> pattern(name, field, value);
            case "format" -> name + " " + shown(value) + " is not a date (YYYY-MM-DD)";
            case "enum" -> choice(name, field, value);
            case "minimum" ->
                field != null && field.shape() == Shape.YEAR
                        ? name + " must be a year from 1 to 9999, got " + shown(value)
                        : field != null && field.positive()
                                ? name + " must be greater than zero, got " + shown(value)
                                : name + " may not be negative, got " + shown(value);
            case "exclusiveMinimum" -> name + " must be greater than zero, got " + shown(value);
            case "maximum" ->
                name + " is larger than the ledger holds (at most " + keyword(message) + "), got " + shown(value);
            case "multipleOf" -> name + " has more than " + decimals(message) + " decimals: " + shown(value);
            case "minItems" -> name + " must name at least one category";
            case "uniqueItems" -> name + " names a category twice";
            default -> name + " is not valid";
        };
    }

    private static String expected(Field field) {
        if (field == null) {
            return "of another type";
        }
        return switch (field.shape()) {
            case DECIMAL -> "a number";
            case COUNT, YEAR -> "a whole number";
            case FLAG -> "true or false";
            case CATEGORIES -> "a list of category codes";
            default -> "a text";
        };
    }

    private static String pattern(String name, Field field, JsonNode value) {
        Shape shape = field == null ? Shape.LINE : field.shape();
        if (value.asText().isBlank() && shape != Shape.DATE && shape != Shape.PARTIAL_DATE) {
            return name + " is required and may not be empty";
        }
        return name + " "
                + switch (shape) {
                    case KEY ->
                        shown(value) + " is not a key: keys are 1 to 200 lower-case letters, digits, '.', '_' and"
                                + " '-', starting with a letter or a digit";
                    case URL -> "must be an http or https URL";
                    case DATE -> shown(value) + " is not a date (YYYY-MM-DD)";
                    case PARTIAL_DATE -> shown(value) + " is not a date (YYYY, YYYY-MM or YYYY-MM-DD)";
                    case TEXT -> "holds a control character (tab and line breaks are the only ones allowed)";
                    default -> "holds a control character";
                };
    }

    /** A value as a problem quotes it: text in quotes, numbers as written, at most 40 characters. */
    static String shown(JsonNode value) {
        if (value == null || value.isMissingNode()) {
            return "nothing";
        }
        String text = value.isTextual()
                ? "\"" + Problems.shortened(value.asText()) + "\""
                : value.isNumber()
                        ? Problems.shortened(value.decimalValue().toPlainString())
                        : Problems.shortened(value.toString());
        return text;
    }

    private static String decimals(ValidationMessage message) {
        JsonNode schema = message.getSchemaNode();
        JsonNode step = schema != null && schema.isObject() ? schema.path("multipleOf") : schema;
        return step == null || !step.isNumber()
                ? "the allowed"
                : String.valueOf(step.decimalValue().scale());
    }

    private static String choice(String name, Field field, JsonNode value) {
        String given = shown(value);
        if (field == null) {
            return name + " " + given + " is not allowed";
        }
        return switch (field.shape()) {
            case CATEGORIES -> "category " + given + " does not exist";
            case CHOICE -> name + " " + given + " is not one of " + String.join(", ", field.choices());
            default -> name + " " + given + " does not exist";
        };
    }

    /** The value of the schema keyword that failed (a length, a maximum, a step), as plain text. */
    private static String keyword(ValidationMessage message) {
        JsonNode schema = message.getSchemaNode();
        if (schema != null && schema.isObject()) {
            schema = schema.path(message.getType());
        }
        if (schema == null || schema.isMissingNode()) {
            return "the limit";
        }
        return schema.isNumber() ? schema.decimalValue().toPlainString() : schema.asText();
    }

    /** How a problem names the item: its key, or the name of a kind without keys when its first part is there. */
    static String key(String list, JsonNode item) {
        if (item.path("key").isTextual()) {
            return item.get("key").asText();
        }
        for (Item kind : Kinds.IN_BUNDLE_ORDER) {
            if (list.equals(kind.list)
                    && !kind.keyed()
                    && !item.path(kind.naming.get(0).name()).isMissingNode()) {
                return kind.identity(item);
            }
        }
        return null;
    }
}
