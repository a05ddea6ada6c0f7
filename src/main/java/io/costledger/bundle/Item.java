package io.costledger.bundle;

import com.fasterxml.jackson.databind.JsonNode;
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
    /** The fields that name an item: its key, or for a kind without keys the fields that identify it, in order. */
    final List<Field> naming;

    private Item(ItemKind kind, String list, String table, List<Field> fields, KindRules rules, List<String> naming) {
        this.kind = kind;
        this.list = list;
        this.table = table;
        this.fields = List.copyOf(fields);
        this.rules = rules;
        this.naming = naming.stream()
                .map(name -> field(name).orElseThrow(() -> new IllegalArgumentException(kind + " has no " + name)))
                .toList();
    }

    static Builder of(ItemKind kind, String list, String table) {
        return new Builder(kind, list, table);
    }

    /** Whether the item has a key of its own (rates and prices are named by their fields). */
    boolean keyed() {
        return naming.size() == 1 && naming.get(0).name().equals("key");
    }

    Optional<Field> field(String name) {
        return fields.stream().filter(field -> field.name().equals(name)).findFirst();
    }

    List<Field> references() {
        return fields.stream().filter(Field::isReference).toList();
    }

    /**
     * The item's name: its key, or its naming fields joined by "/" (a field it lacks is empty; a number is written
     * plainly without trailing zeros): a hardware rate is {@code hardware/kind/effectiveOn/provider}, a hardware price
     * {@code hardware/pricedOn/basis/usdPerChip}, an electricity price its year.
     */
    String identity(JsonNode form) {
        List<String> parts = new ArrayList<>(naming.size());
        for (Field field : naming) {
            JsonNode value = form.path(field.name());
            parts.add(
                    value.isNumber() ? value.decimalValue().stripTrailingZeros().toPlainString() : value.asText(""));
        }
        return String.join("/", parts);
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
        private List<String> naming = List.of("key");

        private Builder(ItemKind kind, String list, String table) {
            this.kind = kind;
            this.list = list;
            this.table = table;
        }

        Builder key() {
            return add(new Field("key", "key", Shape.KEY, true, null, List.of(), false, false, null));
        }

        Builder field(String name, Shape shape) {
            return field(name, shape, column(name));
        }

        /** A field stored in a column whose name is not the field's in snake case. */
        Builder field(String name, Shape shape, String column) {
            return add(new Field(name, column, shape, false, null, List.of(), false, false, null));
        }

        Builder positive(String name) {
            return add(new Field(name, column(name), Shape.DECIMAL, false, null, List.of(), true, false, null));
        }

        Builder count(String name) {
            return add(new Field(name, column(name), Shape.COUNT, false, null, List.of(), true, false, null));
        }

        Builder choice(String name, Enum<?>[] values) {
            List<String> names = java.util.Arrays.stream(values).map(Enum::name).toList();
            return add(new Field(name, column(name), Shape.CHOICE, false, null, names, false, false, null));
        }

        Builder reference(String name, ItemKind target) {
            return add(new Field(name, column(name) + "_id", Shape.KEY, false, target, List.of(), false, false, null));
        }

        Builder scope(String name) {
            return add(new Field(name, column(name) + "_id", Shape.SCOPE, false, null, List.of(), false, false, null));
        }

        Builder categories(String name) {
            return add(new Field(name, null, Shape.CATEGORIES, false, null, List.of(), false, false, null));
        }

        /**
         * Accepted in a bundle and folded into other fields by the kind's rules: never stored or exported as itself.
         * It takes the size of the column it is folded into.
         */
        Builder shorthand(String name, Shape shape, String foldedInto) {
            return add(new Field(name, foldedInto, shape, false, null, List.of(), false, true, null));
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
                    last.inputOnly(),
                    last.absentAs()));
        }

        /** The fields that name an item of a kind without keys, in the order of its name. */
        Builder namedBy(String... names) {
            this.naming = List.of(names);
            return this;
        }

        /** One of a fixed list of names, {@code absentAs} when not given (and then not written). */
        Builder choice(String name, Enum<?>[] values, Enum<?> absentAs) {
            List<String> names = java.util.Arrays.stream(values).map(Enum::name).toList();
            return add(new Field(name, column(name), Shape.CHOICE, false, null, names, false, false, absentAs.name()));
        }

        /** A date as precise as its source states it ({@code YYYY}, {@code YYYY-MM} or {@code YYYY-MM-DD}). */
        Builder partialDate(String name) {
            return add(new Field(name, column(name), Shape.PARTIAL_DATE, false, null, List.of(), false, false, null));
        }

        /** The kind's rules beyond its fields' shapes. */
        Builder rules(KindRules kindRules) {
            this.rules = kindRules;
            return this;
        }

        Item build() {
            return new Item(kind, list, table, fields, rules, naming);
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
