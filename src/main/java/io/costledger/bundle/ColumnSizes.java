package io.costledger.bundle;

import io.costledger.db.Database;
import java.util.HashMap;
import java.util.Map;

/**
 * How much each column holds, read from the database the migrations built: the one place column sizes are defined
 * is the migration, and the bundle's schema takes them from here.
 */
final class ColumnSizes {

    /** A column's size: characters for text, precision and scale for a number. */
    record Size(Integer characters, Integer precision, Integer scale) {}

    private final Map<String, Size> sizes;

    private ColumnSizes(Map<String, Size> sizes) {
        this.sizes = sizes;
    }

    static ColumnSizes read(Database database) {
        Map<String, Size> sizes = new HashMap<>();
        database.read(sql -> {
            sql.each(
                    "select table_name, column_name, character_maximum_length, numeric_precision, numeric_scale"
                            + " from information_schema.columns where table_schema = current_schema()",
                    row -> sizes.put(
                            row.getString("table_name").toLowerCase(java.util.Locale.ROOT) + "."
                                    + row.getString("column_name").toLowerCase(java.util.Locale.ROOT),
                            new Size(
                                    io.costledger.db.Columns.intOrNull(row, "character_maximum_length"),
                                    io.costledger.db.Columns.intOrNull(row, "numeric_precision"),
                                    io.costledger.db.Columns.intOrNull(row, "numeric_scale"))));
            return null;
        });
        return new ColumnSizes(sizes);
    }

    Size of(String table, String column) {
        Size size = sizes.get(table + "." + column);
        if (size == null) {
            throw new IllegalStateException("The database has no column " + table + "." + column);
        }
        return size;
    }
}
