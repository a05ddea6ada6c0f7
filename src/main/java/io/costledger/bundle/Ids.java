package io.costledger.bundle;

import io.costledger.db.Sql;
import io.costledger.history.ItemKind;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;

/**
 * The id of every item a load names, by kind and name: the stored ones, and new ones drawn from each table's
 * sequence fifty at a time (the sequences step by 50).
 */
final class Ids {

    private static final int BLOCK = 50;

    private final Map<ItemKind, Map<String, Long>> ids = new EnumMap<>(ItemKind.class);
    private final Map<ItemKind, long[]> blocks = new EnumMap<>(ItemKind.class);

    void put(ItemKind kind, String name, long id) {
        ids.computeIfAbsent(kind, k -> new HashMap<>()).put(name, id);
    }

    /** The id of the item, or null when the ledger has none of that name. */
    Long of(ItemKind kind, String name) {
        return ids.getOrDefault(kind, Map.of()).get(name);
    }

    /** A fresh id for a new item of this kind, remembered under its name. */
    long create(Sql sql, Item item, String name) {
        long[] block = blocks.computeIfAbsent(item.kind, k -> new long[] {0, 0});
        if (block[0] == block[1]) {
            long start = sql.first("select nextval('" + item.table + "_seq') as id", row -> row.getLong("id"))
                    .orElseThrow();
            block[0] = start;
            block[1] = start + BLOCK;
        }
        long id = block[0]++;
        put(item.kind, name, id);
        return id;
    }
}
