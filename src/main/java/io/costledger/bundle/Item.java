package io.costledger.bundle;

import com.fasterxml.jackson.databind.JsonNode;
import io.costledger.analysis.PartialDate;
import io.costledger.history.ItemKind;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Supplier;

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
    /** A new, empty entity of the kind: the writer sets its fields ({@link Field#set()}) and inserts or updates it. */
    final Supplier<Object> entity;
    /** How the coverage rows of its categories fields are stored; null for a kind without categories. */
    final CoverageRow coverage;
    /** What a change to an item of the kind means for the claims' flags (which claims to flag again). */
    final FlagInputs flagInputs;

    private Item(
            ItemKind kind,
            String list,
            String table,
            List<Field> fields,
            KindRules rules,
            List<String> naming,
            Supplier<Object> entity,
            CoverageRow coverage,
            FlagInputs flagInputs) {
        this.kind = kind;
        this.list = list;
        this.table = table;
        this.fields = List.copyOf(fields);
        this.rules = rules;
        this.entity = entity;
        this.coverage = coverage;
        this.flagInputs = flagInputs;
        this.naming = naming.stream()
                .map(name -> field(name).orElseThrow(() -> new IllegalArgumentException(kind + " has no " + name)))
                .toList();
    }

    /** Adds what a changed item (in one of its forms, before or after the change) means to the flags' inputs. */
    @FunctionalInterface
    interface FlagInputs {
        FlagInputs NONE = (name, form, changed) -> {};

        void add(String name, JsonNode form, io.costledger.claim.ClaimFlagService.Changed changed);
    }

    /**
     * The coverage rows of a kind with categories fields: their entity, the attribute that holds the item's id (for
     * the delete that clears an updated item's rows), and how one row is made.
     */
    record CoverageRow(Class<?> entity, String itemId, Row row) {

        /** Makes the entity of one row: (item id, category id, INCLUDED or EXCLUDED). */
        @FunctionalInterface
        interface Row {
            Object of(long itemId, long categoryId, String coverage);
        }
    }

    /** Describes a kind whose items are stored as entities of type {@code E}, made by {@code entity}. */
    static <E> Builder<E> of(ItemKind kind, String list, String table, Supplier<E> entity) {
        return new Builder<>(kind, list, table, entity);
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

    /** The links to items of the same kind (a base model, a cited claim). */
    List<Field> selfLinks() {
        return fields.stream().filter(field -> field.target() == kind).toList();
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

    /**
     * The value of the first naming field in a name of {@link #identity}: the key, or a rate's or price's hardware key,
     * or a year. Names are public (history, retractions name items by them), so a name given in a retraction is read
     * back here, next to where names are made.
     */
    String firstNamingValue(String name) {
        return keyed() ? name : name.split("/", 2)[0];
    }

    @Override
    public String toString() {
        return kind.name();
    }

    /**
     * Builds a description field by field, each with how it is set on the kind's entity (checked by the compiler: a
     * field the entity lacks does not build); a column's name is the field's in snake case ({@code _id} for links).
     */
    static final class Builder<E> {

        private final ItemKind kind;
        private final String list;
        private final String table;
        private final Supplier<E> entity;
        private final List<Field> fields = new ArrayList<>();
        private KindRules rules = KindRules.NONE;
        private List<String> naming = List.of("key");
        private CoverageRow coverage;
        private FlagInputs flagInputs = FlagInputs.NONE;

        private Builder(ItemKind kind, String list, String table, Supplier<E> entity) {
            this.kind = kind;
            this.list = list;
            this.table = table;
            this.entity = entity;
        }

        /** The item's key, required. */
        Builder<E> key(BiConsumer<E, String> set) {
            return add("key", "key", Shape.KEY, null, List.of(), false, set).required();
        }

        /** A text of one of the shapes KEY, LINE, TEXT or URL. */
        Builder<E> text(String name, Shape shape, BiConsumer<E, String> set) {
            return add(name, column(name), shape, null, List.of(), false, set);
        }

        Builder<E> flag(String name, BiConsumer<E, Boolean> set) {
            return add(name, column(name), Shape.FLAG, null, List.of(), false, set);
        }

        Builder<E> date(String name, BiConsumer<E, LocalDate> set) {
            return add(name, column(name), Shape.DATE, null, List.of(), false, set);
        }

        /** A year, stored in a column whose name is not the field's. */
        Builder<E> year(String name, String column, BiConsumer<E, Integer> set) {
            return add(name, column, Shape.YEAR, null, List.of(), false, set);
        }

        /** A number of zero or more. */
        Builder<E> decimal(String name, BiConsumer<E, BigDecimal> set) {
            return add(name, column(name), Shape.DECIMAL, null, List.of(), false, set);
        }

        /** A number above zero. */
        Builder<E> positive(String name, BiConsumer<E, BigDecimal> set) {
            return add(name, column(name), Shape.DECIMAL, null, List.of(), true, set);
        }

        /** A whole number above zero. */
        Builder<E> count(String name, BiConsumer<E, Integer> set) {
            return add(name, column(name), Shape.COUNT, null, List.of(), true, set);
        }

        /** One of {@code values}, by name. */
        <T extends Enum<T>> Builder<E> choice(String name, T[] values, BiConsumer<E, T> set) {
            List<String> names = Arrays.stream(values).map(Enum::name).toList();
            BiConsumer<E, String> byName = (item, given) -> set.accept(item, constant(values, given));
            return add(name, column(name), Shape.CHOICE, null, names, false, byName);
        }

        /** One of {@code values}, {@code absentAs} when not given (and then not written in a form). */
        <T extends Enum<T>> Builder<E> choice(String name, T[] values, T absentAs, BiConsumer<E, T> set) {
            choice(name, values, set);
            Field last = fields.remove(fields.size() - 1);
            fields.add(last.with(last.required(), absentAs.name()));
            return this;
        }

        /** A link to an item of kind {@code target}: set as a reference to its entity (of the target's type). */
        <T> Builder<E> reference(String name, ItemKind target, BiConsumer<E, T> set) {
            return add(name, column(name) + "_id", Shape.KEY, target, List.of(), false, set);
        }

        /** A cost scope by its code: set as a reference to its {@link io.costledger.taxonomy.CostScope}. */
        Builder<E> scope(String name, BiConsumer<E, io.costledger.taxonomy.CostScope> set) {
            return add(name, column(name) + "_id", Shape.SCOPE, null, List.of(), false, set);
        }

        /**
         * Cost categories by their codes: stored as coverage rows made by {@code rows}, and on the item's row as a
         * bit mask of their ids ({@code <name>_mask}), which {@code mask} sets.
         */
        Builder<E> categories(String name, BiConsumer<E, Long> mask, CoverageRow rows) {
            if (coverage != null && !coverage.equals(rows)) {
                throw new IllegalArgumentException(kind + ": its categories fields share one coverage table");
            }
            this.coverage = rows;
            return add(name, null, Shape.CATEGORIES, null, List.of(), false, mask);
        }

        /** A date as precise as its source states it ({@code YYYY}, {@code YYYY-MM} or {@code YYYY-MM-DD}). */
        Builder<E> partialDate(String name, BiConsumer<E, PartialDate> set) {
            return add(name, column(name), Shape.PARTIAL_DATE, null, List.of(), false, set);
        }

        /**
         * Accepted in a bundle and folded into other fields by the kind's rules: never stored or exported as itself.
         * It takes the size of the column it is folded into.
         */
        Builder<E> shorthand(String name, Shape shape, String foldedInto) {
            fields.add(new Field(name, foldedInto, shape, false, null, List.of(), false, true, null, null));
            return this;
        }

        /** Makes the field just added required. */
        Builder<E> required() {
            Field last = fields.remove(fields.size() - 1);
            fields.add(last.with(true, last.absentAs()));
            return this;
        }

        /** The fields that name an item of a kind without keys, in the order of its name. */
        Builder<E> namedBy(String... names) {
            this.naming = List.of(names);
            return this;
        }

        /** What a change to an item of the kind means for the claims' flags; by default nothing. */
        Builder<E> flagInputs(FlagInputs inputs) {
            this.flagInputs = inputs;
            return this;
        }

        /** The kind's rules beyond its fields' shapes. */
        Builder<E> rules(KindRules kindRules) {
            this.rules = kindRules;
            return this;
        }

        Item build() {
            return new Item(kind, list, table, fields, rules, naming, entity::get, coverage, flagInputs);
        }

        @SuppressWarnings("unchecked")
        private <V> Builder<E> add(
                String name,
                String column,
                Shape shape,
                ItemKind target,
                List<String> choices,
                boolean positive,
                BiConsumer<E, V> set) {
            BiConsumer<Object, Object> untyped = (item, value) -> set.accept((E) item, (V) value);
            fields.add(new Field(name, column, shape, false, target, choices, positive, false, null, untyped));
            return this;
        }

        private static <T extends Enum<T>> T constant(T[] values, String name) {
            return Arrays.stream(values)
                    .filter(value -> value.name().equals(name))
                    .findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("No constant " + name));
        }

        private static String column(String name) {
            return name.replaceAll("([A-Z])", "_$1").toLowerCase(Locale.ROOT);
        }
    }
}
