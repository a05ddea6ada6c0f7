package io.costledger.bundle;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.costledger.db.Columns;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The SQL of one kind of item, generated from its description: the select that reads items back in their form (the
 * export's, and history's "before"), and the export's and history's order. The writes go through the entities ({@link ItemWriter}).
 */
final class ItemRows {

    final Item item;
    /** {@code select t.id, <every field> from <table> t <joins>}, to which a where and an order are added. */
    final String select;

    private ItemRows(Item item, String select) {
        this.item = item;
        this.select = select;
    }

    private static final java.util.Map<io.costledger.history.ItemKind, ItemRows> ALL =
            new java.util.EnumMap<>(io.costledger.history.ItemKind.class);

    static {
        Kinds.IN_BUNDLE_ORDER.forEach(item -> ALL.put(item.kind, build(item)));
    }

    static ItemRows of(Item item) {
        return ALL.get(item.kind);
    }

    private static ItemRows build(Item item) {
        List<String> selected = new ArrayList<>(List.of("t.id as id"));
        StringBuilder joins = new StringBuilder();
        for (int i = 0; i < item.fields.size(); i++) {
            Field field = item.fields.get(i);
            String alias = "f" + i;
            if (field.inputOnly()) {
                continue;
            }
            if (field.isReference() || field.shape() == Shape.SCOPE) {
                String table = field.isReference() ? Kinds.of(field.target()).table : "cost_scope";
                String column = field.isReference() ? "key" : "code";
                joins.append(" left join ")
                        .append(table)
                        .append(" j")
                        .append(i)
                        .append(" on j")
                        .append(i)
                        .append(".id = t.")
                        .append(field.column());
                selected.add("j" + i + "." + column + " as " + alias);
            } else if (field.shape() == Shape.CATEGORIES) {
                selected.add("(select array_agg(cat.code order by cat.position) from " + item.table + "_coverage cv"
                        + " join cost_category cat on cat.id = cv.category_id where cv." + item.table + "_id = t.id"
                        + " and cv.coverage = '" + coverage(field) + "') as " + alias);
            } else {
                selected.add("t." + field.column() + " as " + alias);
            }
        }
        return new ItemRows(item, "select " + String.join(", ", selected) + " from " + item.table + " t" + joins);
    }

    /** The coverage value a categories field stores: INCLUDED for {@code included}, EXCLUDED for {@code excluded}. */
    static String coverage(Field field) {
        return field.name().toUpperCase(java.util.Locale.ROOT);
    }

    /**
     * The SQL expression, as text, of the first part of the item's name: its key, a rate's or a price's hardware key,
     * an electricity price's year.
     */
    String namingColumn() {
        Field first = item.naming.get(0);
        if (first.isReference()) {
            return "j" + item.fields.indexOf(first) + ".key";
        }
        return first.shape() == Shape.YEAR ? "cast(t." + first.column() + " as varchar(4))" : "t." + first.column();
    }

    /** The export's order: by key; rates and prices by the fields of their names. */
    String order() {
        if (item.keyed()) {
            return " order by t.key";
        }
        StringBuilder order = new StringBuilder(" order by ").append(namingColumn());
        item.naming.stream()
                .skip(1)
                .forEach(field ->
                        order.append(", t.").append(field.column()).append(field.required() ? "" : " nulls last"));
        return order.toString();
    }

    /** The row's item in its form. */
    ObjectNode form(ResultSet row) throws SQLException {
        ObjectNode form = Forms.JSON.objectNode();
        for (int i = 0; i < item.fields.size(); i++) {
            Field field = item.fields.get(i);
            if (!field.inputOnly()) {
                put(form, field, row, "f" + i);
            }
        }
        return form;
    }

    private static void put(ObjectNode form, Field field, ResultSet row, String column) throws SQLException {
        String name = field.name();
        switch (field.shape()) {
            case DATE -> {
                LocalDate date = Columns.date(row, column);
                if (date != null) {
                    form.put(name, date.toString());
                }
            }
            case DECIMAL -> {
                BigDecimal number = row.getBigDecimal(column);
                if (number != null) {
                    form.put(name, number.stripTrailingZeros());
                }
            }
            case COUNT, YEAR -> {
                Integer count = Columns.intOrNull(row, column);
                if (count != null) {
                    form.put(name, count);
                }
            }
            case FLAG -> {
                if (row.getBoolean(column)) {
                    form.put(name, true);
                }
            }
            case CATEGORIES -> {
                List<String> codes = Columns.texts(row, column);
                if (!codes.isEmpty()) {
                    ArrayNode array = form.putArray(name);
                    codes.forEach(array::add);
                }
            }
            default -> {
                String text = row.getString(column);
                if (text != null && !text.equals(field.absentAs())) {
                    form.put(name, text);
                }
            }
        }
    }
}
