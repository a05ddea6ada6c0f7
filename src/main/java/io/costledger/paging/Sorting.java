package io.costledger.paging;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.costledger.db.Conditions;
import io.costledger.db.RowMapper;
import io.costledger.db.Sql;
import io.costledger.error.LedgerException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The order of a list: the sort terms asked for, then the key, which makes every order total. Rows without a value
 * sort last in both directions. Pages continue by keyset: a cursor holds the last row's sort values and key, and the
 * next page is the rows after them in this order, so no row is lost or repeated while rows are added elsewhere. A
 * cursor names the order it was issued for, and is refused with another.
 */
public final class Sorting {

    /** How a sort field's values are read from a row and bound in a statement. */
    public enum Kind {
        TEXT,
        DATE,
        DECIMAL
    }

    /**
     * A field a list can be sorted by: its name in the API, its SQL expression and its kind.
     *
     * @param imprecision for a date as precise as its source (SEMANTICS.md part 3), an SQL expression that is smaller
     *     for a more precise date: on the same rule day the more precise date sorts first, in either direction; null for
     *     other fields
     */
    public record Field(String name, String expression, Kind kind, String imprecision) {

        public Field(String name, String expression, Kind kind) {
            this(name, expression, kind, null);
        }
    }

    /** One term of an order. */
    public record Term(Field field, OrderDirection direction) {

        boolean descending() {
            return direction == OrderDirection.DESC;
        }
    }

    private static final String PREFIX = "sort:";
    /** The name of the term that follows a date's, ordering dates of the same rule day by precision. */
    private static final String PRECISION = "_PRECISION";

    private static final ObjectMapper JSON = new ObjectMapper();

    private final List<Term> terms;

    private Sorting(List<Term> terms) {
        this.terms = List.copyOf(terms);
    }

    /**
     * The order of {@code asked}, followed by {@code key} ascending unless a term already sorts by it.
     *
     * @param key the list's key field, unique and never null
     */
    private static Sorting of(List<Term> asked, Field key) {
        List<Term> terms = new ArrayList<>(asked);
        List<String> names = new ArrayList<>();
        for (Term term : asked) {
            if (names.contains(term.field().name())) {
                throw LedgerException.invalidArgument(
                        "orderBy names " + term.field().name() + " twice; name each field at most once.");
            }
            names.add(term.field().name());
        }
        for (int i = terms.size() - 1; i >= 0; i--) {
            Field field = terms.get(i).field();
            if (field.imprecision() != null) {
                terms.add(
                        i + 1,
                        new Term(
                                new Field(field.name() + PRECISION, field.imprecision(), Kind.DECIMAL),
                                OrderDirection.ASC));
            }
        }
        if (!names.contains(key.name())) {
            terms.add(new Term(key, OrderDirection.ASC));
        }
        return new Sorting(terms);
    }

    /**
     * The order of a list argument of order inputs (null, and null elements, ignored; a missing direction is ASC),
     * followed by {@code key}.
     */
    public static <O> Sorting of(
            List<O> orderBy, Function<O, Field> field, Function<O, OrderDirection> direction, Field key) {
        List<Term> terms = new ArrayList<>();
        if (orderBy != null) {
            orderBy.stream()
                    .filter(java.util.Objects::nonNull)
                    .forEach(order -> terms.add(new Term(
                            field.apply(order),
                            direction.apply(order) == null ? OrderDirection.ASC : direction.apply(order))));
        }
        return of(terms, key);
    }

    /** Whether this is the default order (by key, ascending), whose cursors are plain key cursors. */
    public boolean byKeyOnly() {
        return terms.size() == 1 && !terms.get(0).descending();
    }

    /** {@code NAME DESC, KEY ASC}: what a cursor of this order names (the terms asked for, and the key). */
    public String signature() {
        return terms.stream()
                .filter(term -> !term.field().name().endsWith(PRECISION))
                .map(term -> term.field().name() + " " + term.direction())
                .collect(Collectors.joining(", "));
    }

    /** The sort values as extra columns of a select list: {@code , <expression> as sort_0, ...}. */
    private String columns() {
        StringBuilder columns = new StringBuilder();
        for (int i = 0; i < terms.size(); i++) {
            columns.append(", ")
                    .append(terms.get(i).field().expression())
                    .append(" as sort_")
                    .append(i);
        }
        return columns.toString();
    }

    /** {@code  order by <expression> asc nulls last, ...}. */
    private String orderBy() {
        return " order by "
                + terms.stream()
                        .map(term -> term.field().expression() + (term.descending() ? " desc" : " asc") + " nulls last")
                        .collect(Collectors.joining(", "));
    }

    /**
     * Adds to {@code where} the rows after the cursor's row in this order: for some term, every earlier term equal
     * and this one after (a larger value ascending, a smaller one descending, or none: rows without a value come
     * last; nothing comes after a missing value but its ties).
     */
    private Conditions after(Conditions where, List<String> cursor) {
        if (cursor == null) {
            return where;
        }
        List<String> disjuncts = new ArrayList<>();
        List<Object> parameters = new ArrayList<>();
        for (int i = 0; i < terms.size(); i++) {
            String value = cursor.get(i);
            if (value == null) {
                continue;
            }
            List<String> conjuncts = new ArrayList<>();
            List<Object> bound = new ArrayList<>();
            for (int j = 0; j < i; j++) {
                String earlier = cursor.get(j);
                String expression = terms.get(j).field().expression();
                if (earlier == null) {
                    conjuncts.add(expression + " is null");
                } else {
                    conjuncts.add(expression + " = ?");
                    bound.add(parse(terms.get(j).field(), earlier));
                }
            }
            Term term = terms.get(i);
            conjuncts.add("(" + term.field().expression() + (term.descending() ? " < ?" : " > ?") + " or "
                    + term.field().expression() + " is null)");
            bound.add(parse(term.field(), value));
            disjuncts.add("(" + String.join(" and ", conjuncts) + ")");
            parameters.addAll(bound);
        }
        return where.raw(disjuncts.isEmpty() ? "1 = 0" : "(" + String.join(" or ", disjuncts) + ")", parameters);
    }

    /**
     * A page of rows in this order, after the page's cursor, in one statement: {@code select <columns>} with this
     * order's sort columns, {@code from} (which starts with a space), {@code where} and the rows after the cursor,
     * this order, and the page's limit; each row read with the cursor that continues after it.
     */
    public <T> PageRequest.Slice<T> page(
            Sql sql, String columns, String from, Conditions where, PageRequest page, RowMapper<T> row) {
        Conditions after = after(where, page.afterValues());
        List<PageRequest.Sorted<T>> rows = sql.list(
                "select " + columns + columns() + from + after.where() + orderBy() + " limit ?",
                read -> new PageRequest.Sorted<>(row.map(read), cursorOf(read)),
                after.parameters(page.fetchSize()));
        return page.sliceSorted(rows);
    }

    /** The cursor of a row read with {@link #columns()}. */
    private String cursorOf(ResultSet row) throws SQLException {
        List<String> values = new ArrayList<>();
        values.add(signature());
        for (int i = 0; i < terms.size(); i++) {
            String column = "sort_" + i;
            values.add(
                    switch (terms.get(i).field().kind()) {
                        case DECIMAL -> {
                            BigDecimal number = row.getBigDecimal(column);
                            yield number == null ? null : number.toPlainString();
                        }
                        case DATE -> {
                            java.sql.Date date = row.getDate(column);
                            yield date == null ? null : date.toLocalDate().toString();
                        }
                        case TEXT -> row.getString(column);
                    });
        }
        try {
            return Base64.getUrlEncoder()
                    .withoutPadding()
                    .encodeToString((PREFIX + JSON.writeValueAsString(values)).getBytes(StandardCharsets.UTF_8));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The sort values of a cursor this order issued; a cursor of another order, or none of ours, is refused. */
    public List<String> decode(String cursor) {
        if (cursor == null) {
            return null;
        }
        String decoded = PageRequest.decoded(cursor);
        if (decoded != null && decoded.startsWith(PREFIX)) {
            try {
                List<String> values = JSON.readerForListOf(String.class).readValue(decoded.substring(PREFIX.length()));
                if (!values.isEmpty() && !signature().equals(values.get(0))) {
                    throw otherOrder(values.get(0));
                }
                if (values.size() == terms.size() + 1) {
                    List<String> sortValues = values.subList(1, values.size());
                    for (int i = 0; i < terms.size(); i++) {
                        if (sortValues.get(i) != null) {
                            parse(terms.get(i).field(), sortValues.get(i));
                        }
                    }
                    return sortValues;
                }
            } catch (JsonProcessingException | RuntimeException notOurs) {
                if (notOurs instanceof LedgerException answered) {
                    throw answered;
                }
            }
        } else if (decoded != null && decoded.startsWith(PageRequest.KEY_PREFIX)) {
            throw otherOrder("KEY ASC");
        }
        throw LedgerException.invalidArgument(
                "after is not a cursor this API issued. Pass pageInfo.endCursor of the previous page.");
    }

    private LedgerException otherOrder(String issuedFor) {
        return LedgerException.invalidArgument("after is a cursor of another order (" + issuedFor + "), not of orderBy "
                + signature() + ". Pass pageInfo.endCursor of a page of the same order.");
    }

    private static Object parse(Field field, String value) {
        return switch (field.kind()) {
            case DECIMAL -> new BigDecimal(value);
            case DATE -> LocalDate.parse(value);
            case TEXT -> value;
        };
    }
}
