package io.costledger.bundle;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.costledger.history.ItemKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * One kind of item: the list that holds it in a bundle, the table that stores it, and its fields in the order the
 * export writes them. The loader, the export, history and retractions are loops over these descriptions
 * ({@link Kinds}); a new field of a kind is one line here, plus its column in a migration.
 */
final class Item {

    final ItemKind kind;
    final String list;
    final String table;
    final List<Field> fields;
    final KindRules rules;

    private Item(ItemKind kind, String list, String table, List<Field> fields, KindRules rules) {
        this.kind = kind;
        this.list = list;
        this.table = table;
        this.fields = List.copyOf(fields);
        this.rules = rules;
    }

    static Builder of(ItemKind kind, String list, String table) {
        return new Builder(kind, list, table);
    }

    /** Whether the item has a key of its own (every kind but hardware rates). */
    boolean keyed() {
        return kind != ItemKind.HARDWARE_RATE;
    }

    Optional<Field> field(String name) {
        return fields.stream().filter(field -> field.name().equals(name)).findFirst();
    }

    List<Field> references() {
        return fields.stream().filter(Field::isReference).toList();
    }

    /**
     * The item's name: its key, or for a hardware rate {@code hardware/kind/effectiveOn/provider} (provider empty
     * when there is none).
     */
    String identity(JsonNode form) {
        if (keyed()) {
            return form.path("key").asText();
        }
        return form.path("hardware").asText() + "/" + form.path("kind").asText() + "/"
                + form.path("effectiveOn").asText() + "/"
                + form.path("provider").asText("");
    }

    /** The fields of a hardware rate's name, from the name; empty when it does not have four parts. */
    static Optional<ObjectNode> rateIdentity(String name, ObjectNode into) {
        String[] parts = name.split("/", 4);
        if (parts.length < 4) {
            return Optional.empty();
        }
        into.put("hardware", parts[0]).put("kind", parts[1]).put("effectiveOn", parts[2]);
        if (!parts[3].isEmpty()) {
            into.put("provider", parts[3]);
        }
        return Optional.of(into);
    }

    @Override
    public String toString() {
        return kind.name();
    }

    /** Builds a description field by field; a column's name is the field's in snake case ({@code _id} for links). */
    static final class Builder {

        private final ItemKind kind;
        private final String list;
        private final String table;
        private final List<Field> fields = new ArrayList<>();
        private KindRules rules = KindRules.NONE;

        private Builder(ItemKind kind, String list, String table) {
            this.kind = kind;
            this.list = list;
            this.table = table;
        }

        Builder key() {
            return add(new Field("key", "key", Shape.KEY, true, null, List.of(), false, false));
        }

        Builder field(String name, Shape shape) {
            return add(new Field(name, column(name), shape, false, null, List.of(), false, false));
        }

        Builder positive(String name) {
            return add(new Field(name, column(name), Shape.DECIMAL, false, null, List.of(), true, false));
        }

        Builder count(String name) {
            return add(new Field(name, column(name), Shape.COUNT, false, null, List.of(), true, false));
        }

        Builder choice(String name, Enum<?>[] values) {
            List<String> names = java.util.Arrays.stream(values).map(Enum::name).toList();
            return add(new Field(name, column(name), Shape.CHOICE, false, null, names, false, false));
        }

        Builder reference(String name, ItemKind target) {
            return add(new Field(name, column(name) + "_id", Shape.KEY, false, target, List.of(), false, false));
        }

        Builder scope(String name) {
            return add(new Field(name, column(name) + "_id", Shape.SCOPE, false, null, List.of(), false, false));
        }

        Builder categories(String name) {
            return add(new Field(name, null, Shape.CATEGORIES, false, null, List.of(), false, false));
        }

        /**
         * Accepted in a bundle and folded into other fields by the kind's rules: never stored or exported as itself.
         * It takes the size of the column it is folded into.
         */
        Builder shorthand(String name, Shape shape, String foldedInto) {
            return add(new Field(name, foldedInto, shape, false, null, List.of(), false, true));
        }

        /** Makes the field just added required. */
        Builder required() {
            Field last = fields.remove(fields.size() - 1);
            return add(new Field(
                    last.name(),
                    last.column(),
                    last.shape(),
                    true,
                    last.target(),
                    last.choices(),
                    last.positive(),
                    last.inputOnly()));
        }

        /** The kind's rules beyond its fields' shapes. */
        Builder rules(KindRules kindRules) {
            this.rules = kindRules;
            return this;
        }

        Item build() {
            return new Item(kind, list, table, fields, rules);
        }

        private Builder add(Field field) {
            fields.add(field);
            return this;
        }

        private static String column(String name) {
            return name.replaceAll("([A-Z])", "_$1").toLowerCase(Locale.ROOT);
        }
    }
}
