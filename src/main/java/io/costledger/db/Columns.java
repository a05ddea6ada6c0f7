package io.costledger.db;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

/** Reads the nullable and structured column types the ledger uses, by column name. */
public final class Columns {

    private Columns() {}

    public static Long longOrNull(ResultSet row, String column) throws SQLException {
        long value = row.getLong(column);
        return row.wasNull() ? null : value;
    }

    public static Integer intOrNull(ResultSet row, String column) throws SQLException {
        int value = row.getInt(column);
        return row.wasNull() ? null : value;
    }

    public static LocalDate date(ResultSet row, String column) throws SQLException {
        return row.getObject(column, LocalDate.class);
    }

    /** A text array column as a list (empty for a null array). */
    public static List<String> texts(ResultSet row, String column) throws SQLException {
        Array array = row.getArray(column);
        if (array == null) {
            return List.of();
        }
        Object[] values = (Object[]) array.getArray();
        return Arrays.stream(values).map(String.class::cast).toList();
    }

    /** An integer array column as an array (empty for a null array). */
    public static int[] ints(ResultSet row, String column) throws SQLException {
        Array array = row.getArray(column);
        if (array == null) {
            return new int[0];
        }
        Object[] values = (Object[]) array.getArray();
        return Arrays.stream(values)
                .mapToInt(value -> ((Number) value).intValue())
                .toArray();
    }

    public static <E extends Enum<E>> E enumOrNull(ResultSet row, String column, Class<E> type) throws SQLException {
        String value = row.getString(column);
        return value == null ? null : Enum.valueOf(type, value);
    }
}
