package io.costledger.db;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The conditions of a filtered query, joined with AND, with their parameters in order. */
public final class Conditions {

    private final List<String> conditions = new ArrayList<>();
    private final List<Object> parameters = new ArrayList<>();

    /** Adds {@code condition} with one {@code ?} bound to {@code value}, unless the value is null (no filter). */
    public Conditions and(String condition, Object value) {
        if (value != null) {
            conditions.add(condition);
            parameters.add(value);
        }
        return this;
    }

    /** Adds {@code condition} with as many {@code ?} as {@code values}, bound to them in order. */
    public Conditions raw(String condition, List<?> values) {
        conditions.add(condition);
        parameters.addAll(values);
        return this;
    }

    /** Adds {@code column in (?, ...)} for a list of values, unless the list is null or empty (no filter). */
    public Conditions in(String column, List<?> values) {
        List<?> given = values == null
                ? List.of()
                : values.stream().filter(java.util.Objects::nonNull).toList();
        if (!given.isEmpty()) {
            conditions.add(
                    column + " in (" + String.join(", ", java.util.Collections.nCopies(given.size(), "?")) + ")");
            given.forEach(value -> parameters.add(value instanceof Enum<?> constant ? constant.name() : value));
        }
        return this;
    }

    /** A copy, to add conditions to without changing this one. */
    public Conditions copy() {
        Conditions copy = new Conditions();
        copy.conditions.addAll(conditions);
        copy.parameters.addAll(parameters);
        return copy;
    }

    /** A LIKE pattern matching {@code text} anywhere, in lower case, with its wildcards escaped (escape char '!'). */
    public static String containing(String text) {
        if (text == null) {
            return null;
        }
        String escaped = text.toLowerCase(Locale.ROOT)
                .replace("!", "!!")
                .replace("%", "!%")
                .replace("_", "!_");
        return "%" + escaped + "%";
    }

    /** {@code " where a and b"}, or an empty string without conditions. */
    public String where() {
        return conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
    }

    /** The parameters, followed by {@code more}. */
    public Object[] parameters(Object... more) {
        List<Object> all = new ArrayList<>(parameters);
        all.addAll(List.of(more));
        return all.toArray();
    }
}
