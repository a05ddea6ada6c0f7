package io.costledger.bundle;

import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/** Chains of keys (a model's base models, a claim's citations) and the cycles a bundle could close in them. */
final class Chains {

    private Chains() {}

    /**
     * The stored links reachable from {@code keys}: each key to the key its row points at (absent at the end of a
     * chain), read in one recursive statement. {@code table} and {@code link} are constants of this package.
     */
    static Map<String, String> stored(EntityManager em, String table, String link, Set<String> keys) {
        Map<String, String> next = new HashMap<>();
        if (keys.isEmpty()) {
            return next;
        }
        String sql = "with recursive chain (id, next_id) as ("
                + " select id, " + link + " from " + table + " where key in (:keys)"
                + " union"
                + " select t.id, t." + link + " from chain c join " + table + " t on t.id = c.next_id)"
                + " select t.key, n.key from chain c join " + table + " t on t.id = c.id"
                + " left join " + table + " n on n.id = c.next_id";
        @SuppressWarnings("unchecked")
        List<Object[]> rows =
                em.createNativeQuery(sql).setParameter("keys", keys).getResultList();
        rows.stream().filter(row -> row[1] != null).forEach(row -> next.put((String) row[0], (String) row[1]));
        return next;
    }

    /**
     * The cycle that following {@code next} from {@code start} comes back to {@code start} by, if any. An item
     * pointing at itself is not reported here: the bundle's own checks name that mistake.
     */
    static Optional<List<String>> cycleThrough(String start, Function<String, String> next) {
        if (start.equals(next.apply(start))) {
            return Optional.empty();
        }
        List<String> path = new ArrayList<>(List.of(start));
        Set<String> seen = new HashSet<>(path);
        for (String key = next.apply(start); key != null; key = next.apply(key)) {
            path.add(key);
            if (key.equals(start)) {
                return Optional.of(path);
            }
            if (!seen.add(key)) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }
}
