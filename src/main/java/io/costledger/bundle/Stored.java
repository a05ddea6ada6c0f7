package io.costledger.bundle;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.costledger.db.Sql;
import io.costledger.history.ItemKind;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** What the ledger holds of the items a load names: each one's id and form, by kind and name. */
final class Stored {

    /** A stored item. */
    record Row(long id, ObjectNode form) {}

    private final Map<ItemKind, Map<String, Row>> rows = new EnumMap<>(ItemKind.class);

    /** Reads the stored items of these names: one statement per kind. */
    static Stored read(Sql sql, Map<ItemKind, Set<String>> names) {
        Stored stored = new Stored();
        names.forEach((kind, wanted) -> {
            if (!wanted.isEmpty()) {
                stored.read(sql, Kinds.of(kind), wanted);
            }
        });
        return stored;
    }

    private void read(Sql sql, Item item, Set<String> wanted) {
        ItemRows itemRows = ItemRows.of(item);
        Collection<String> named = wanted.stream().map(item::firstNamingValue).collect(Collectors.toSet());
        Map<String, Row> ofKind = rows.computeIfAbsent(item.kind, kind -> new HashMap<>());
        sql.each(
                itemRows.select + " where " + itemRows.namingColumn() + " = any(?)",
                row -> {
                    ObjectNode form = item.rules.tidy(itemRows.form(row));
                    String name = item.identity(form);
                    if (wanted.contains(name)) {
                        ofKind.put(name, new Row(row.getLong("id"), form));
                    }
                },
                sql.array("varchar", named));
    }

    /** Reads, besides, the stored items of these names that were not read yet. */
    void alsoRead(Sql sql, ItemKind kind, Set<String> names) {
        Map<String, Row> ofKind = rows.getOrDefault(kind, Map.of());
        Set<String> missing =
                names.stream().filter(name -> !ofKind.containsKey(name)).collect(Collectors.toSet());
        if (!missing.isEmpty()) {
            read(sql, Kinds.of(kind), missing);
        }
    }

    Optional<Row> get(ItemKind kind, String name) {
        return Optional.ofNullable(rows.getOrDefault(kind, Map.of()).get(name));
    }
}
