package io.costledger.bundle;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.costledger.db.Database;
import io.costledger.history.ItemKind;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;

/**
 * Bundles that only fill in: each item of such a bundle sets, in the stored item of its name, the fields the stored
 * item does not have, and changes nothing else (a shipped hardware peak reaches every chip whose peak is empty,
 * whoever last edited it, and overwrites no peak a researcher gave).
 */
@ApplicationScoped
public class Fills {

    @Inject
    Database database;

    /**
     * The stored items the bundle names, each with the fields it lacks taken from the bundle: a bundle to load. Items
     * not in the ledger, and items that lack none of the bundle's fields, are left out.
     */
    public JsonNode emptyFieldsFilled(JsonNode bundle) {
        Map<ItemKind, Set<String>> names = new EnumMap<>(ItemKind.class);
        Bundles.names(bundle).forEach((kind, ofKind) -> names.put(kind, new HashSet<>(ofKind)));
        Stored stored = database.read(sql -> Stored.read(sql, names));
        ObjectNode filled = Forms.JSON.objectNode();
        for (Item item : Kinds.IN_BUNDLE_ORDER) {
            ArrayNode list = Forms.JSON.arrayNode();
            for (JsonNode given : bundle.path(item.list)) {
                Stored.Row row = stored.get(item.kind, item.identity(given)).orElse(null);
                if (row == null) {
                    continue;
                }
                ObjectNode merged = row.form().deepCopy();
                boolean changed = false;
                for (Iterator<Map.Entry<String, JsonNode>> fields = given.fields(); fields.hasNext(); ) {
                    Map.Entry<String, JsonNode> field = fields.next();
                    if (!merged.has(field.getKey())) {
                        merged.set(field.getKey(), field.getValue());
                        changed = true;
                    }
                }
                if (changed) {
                    list.add(merged);
                }
            }
            if (!list.isEmpty()) {
                filled.set(item.list, list);
            }
        }
        return filled;
    }
}
