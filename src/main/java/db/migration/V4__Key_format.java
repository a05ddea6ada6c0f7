package db.migration;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Keys get their format (docs/DOMAIN.md, "Keys"): 1 to 200 lower-case letters, digits, '.', '_' and '-', starting
 * with a letter or a digit, enforced by a CHECK constraint on every keyed table. A ledger may already hold keys that
 * break it; this migration looks for them first and, if it finds any, stops start-up with the list, so that they can
 * be fixed before the constraint is added (never a bare constraint error).
 */
public class V4__Key_format extends BaseJavaMigration {

    static final String FORMAT = "^[a-z0-9][a-z0-9._-]*$";
    static final List<String> TABLES = List.of("organization", "model", "source", "hardware", "claim");
    private static final Pattern KEY = Pattern.compile(FORMAT);
    private static final int SHOWN = 50;

    @Override
    public void migrate(Context context) throws SQLException {
        Connection connection = context.getConnection();
        List<String> broken = brokenKeys(connection);
        if (!broken.isEmpty()) {
            throw new FlywayException("Cannot add the key format (" + FORMAT + ", at most 200 characters): "
                    + broken.size() + " stored keys break it. Fix them (for example with SQL UPDATE) and start again."
                    + " They are: " + String.join("; ", broken.subList(0, Math.min(SHOWN, broken.size())))
                    + (broken.size() > SHOWN ? "; and " + (broken.size() - SHOWN) + " more" : ""));
        }
        try (Statement statement = connection.createStatement()) {
            for (String table : TABLES) {
                statement.execute("ALTER TABLE " + table + " DROP CONSTRAINT ck_" + table + "_key");
                statement.execute("ALTER TABLE " + table + " ADD CONSTRAINT ck_" + table
                        + "_key_format CHECK (regexp_like(key, '" + FORMAT + "'))");
            }
        }
    }

    private static List<String> brokenKeys(Connection connection) throws SQLException {
        List<String> broken = new ArrayList<>();
        try (Statement statement = connection.createStatement()) {
            for (String table : TABLES) {
                try (ResultSet rows = statement.executeQuery("SELECT key FROM " + table + " ORDER BY key")) {
                    while (rows.next()) {
                        String key = rows.getString(1);
                        if (!KEY.matcher(key).matches()) {
                            broken.add(table + " \"" + printable(key) + "\"");
                        }
                    }
                }
            }
        }
        return broken;
    }

    /** The key with control characters shown as escapes, so that the message is readable. */
    private static String printable(String key) {
        StringBuilder shown = new StringBuilder();
        key.codePoints()
                .limit(80)
                .forEach(c -> shown.append(
                        Character.isISOControl(c) ? String.format("\\u%04X", c) : new String(Character.toChars(c))));
        return shown.toString();
    }
}
