package db.migration;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Map;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * History writes the new names of dates (SEMANTICS.md part 3), revisions made before part 3 included: a model's
 * {@code releasedOn} becomes {@code released}, a source's {@code publishedOn} {@code published}, a claim's
 * {@code statedOn} {@code stated}, in the item and in its changed fields, the values as they were (a full date is its
 * own text). Numbers are kept exactly as written.
 */
public class V10__Partial_date_names extends BaseJavaMigration {

    static final Map<String, String> RENAMED =
            Map.of("releasedOn", "released", "publishedOn", "published", "statedOn", "stated");
    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(com.fasterxml.jackson.databind.DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(com.fasterxml.jackson.core.JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN);
    private static final int BATCH = 500;

    @Override
    public void migrate(Context context) throws SQLException {
        Connection connection = context.getConnection();
        try (PreparedStatement select = connection.prepareStatement("SELECT load_number, position, item, fields"
                        + " FROM ledger_revision WHERE kind IN ('MODEL', 'SOURCE', 'CLAIM')");
                PreparedStatement update = connection.prepareStatement(
                        "UPDATE ledger_revision SET item = ?, fields = ? WHERE load_number = ? AND position = ?");
                ResultSet rows = select.executeQuery()) {
            int pending = 0;
            while (rows.next()) {
                String item = rows.getString("item");
                String fields = rows.getString("fields");
                String newItem = item == null ? null : renamedItem(item);
                String newFields = renamedFields(fields);
                if (java.util.Objects.equals(item, newItem) && fields.equals(newFields)) {
                    continue;
                }
                update.setString(1, newItem);
                update.setString(2, newFields);
                update.setInt(3, rows.getInt("load_number"));
                update.setInt(4, rows.getInt("position"));
                update.addBatch();
                if (++pending == BATCH) {
                    update.executeBatch();
                    pending = 0;
                }
            }
            if (pending > 0) {
                update.executeBatch();
            }
        }
    }

    /** The item with its date fields renamed in place, every other field in its order. */
    static String renamedItem(String item) {
        JsonNode node = read(item);
        if (!node.isObject()) {
            return item;
        }
        ObjectNode renamed = JSON.createObjectNode();
        node.fields()
                .forEachRemaining(
                        field -> renamed.set(RENAMED.getOrDefault(field.getKey(), field.getKey()), field.getValue()));
        return write(renamed);
    }

    /** The changed fields with the date fields' names renamed. */
    static String renamedFields(String fields) {
        JsonNode node = read(fields);
        if (!node.isArray()) {
            return fields;
        }
        ArrayNode changes = (ArrayNode) node;
        changes.forEach(change -> {
            if (change instanceof ObjectNode object
                    && RENAMED.containsKey(object.path("field").asText())) {
                object.put("field", RENAMED.get(object.get("field").asText()));
            }
        });
        return write(changes);
    }

    private static JsonNode read(String text) {
        try {
            return JSON.readTree(text);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A stored revision is not JSON: " + e.getOriginalMessage(), e);
        }
    }

    private static String write(JsonNode node) {
        try {
            return JSON.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
