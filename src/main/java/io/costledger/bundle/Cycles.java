package io.costledger.bundle;

import io.costledger.db.Sql;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds the cycles a bundle would close in a chain of links between items of one kind (a model's base model, a
 * claim's citation): the bundle's links over the stored ones (read in one recursive statement), and every item of the
 * bundle on a cycle reported with it. A walk stops at the first item it has seen, so each is linear in the chain.
 */
final class Cycles {

    private Cycles() {}

    /** How a problem names a chain of each self link. */
    private static final Map<String, String> NAMES = Map.of("cites", "citations", "baseModel", "base models");

    /**
     * @param links the bundle's items of the kind: name to the name its link points at (null for none)
     * @param paths where each of those items is in the bundle
     */
    static void check(
            Sql sql, Item item, Field link, Map<String, String> links, Map<String, String> paths, Problems problems) {
        Map<String, String> next = stored(sql, item, link, new HashSet<>(links.values()));
        next.putAll(links);
        String what = NAMES.getOrDefault(link.name(), link.name() + " links");
        Set<String> done = new HashSet<>();
        for (String start : links.keySet()) {
            Map<String, Integer> walk = new LinkedHashMap<>();
            String at = start;
            while (at != null && !done.contains(at) && !walk.containsKey(at)) {
                walk.put(at, walk.size());
                at = next.get(at);
            }
            if (at != null && walk.containsKey(at) && !at.equals(next.get(at))) {
                List<String> cycle = new ArrayList<>(walk.keySet()).subList(walk.get(at), walk.size());
                for (int i = 0; i < cycle.size(); i++) {
                    String member = cycle.get(i);
                    if (paths.containsKey(member)) {
                        List<String> from = new ArrayList<>(cycle.subList(i, cycle.size()));
                        from.addAll(cycle.subList(0, i));
                        problems.add(
                                paths.get(member),
                                member,
                                what + " form a cycle: " + String.join(" -> ", from) + " -> " + member);
                    }
                }
            }
            done.addAll(walk.keySet());
        }
    }

    /** The stored links reachable from {@code keys}, each key to the key its row points at, in one statement. */
    private static Map<String, String> stored(Sql sql, Item item, Field link, Set<String> keys) {
        Map<String, String> next = new HashMap<>();
        keys.remove(null);
        if (keys.isEmpty()) {
            return next;
        }
        String table = item.table;
        String column = link.column();
        sql.each(
                "with recursive chain (id, next_id) as ("
                        + " select id, " + column + " from " + table + " where key = any(?)"
                        + " union"
                        + " select t.id, t." + column + " from chain c join " + table + " t on t.id = c.next_id)"
                        + " select t.key as key, n.key as next_key from chain c join " + table + " t on t.id = c.id"
                        + " left join " + table + " n on n.id = c.next_id",
                row -> {
                    if (row.getString("next_key") != null) {
                        next.put(row.getString("key"), row.getString("next_key"));
                    }
                },
                sql.array("varchar", keys));
        return next;
    }
}
