package io.costledger.analysis;

import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The cost categories in position order and the scopes built from them. Both come from reference rows of the
 * database, so the rules below never name a category.
 */
public final class Taxonomy {

    private final List<String> categories;
    private final Map<String, Integer> positions = new HashMap<>();
    private final Map<String, List<String>> scopes = new LinkedHashMap<>();

    /**
     * @param categories category codes in position order
     * @param scopes scope code to the codes of its categories
     */
    public Taxonomy(List<String> categories, Map<String, ? extends Collection<String>> scopes) {
        this.categories = List.copyOf(categories);
        for (int i = 0; i < this.categories.size(); i++) {
            positions.put(this.categories.get(i), i);
        }
        scopes.forEach((code, members) -> this.scopes.put(code, ordered(members)));
    }

    /** Every category code, in position order. */
    public List<String> categories() {
        return categories;
    }

    public boolean hasCategory(String code) {
        return positions.containsKey(code);
    }

    public boolean hasScope(String code) {
        return scopes.containsKey(code);
    }

    /** The position of a category among all (0 for the first); categories not in the taxonomy come last. */
    public int positionOf(String code) {
        return positions.getOrDefault(code, Integer.MAX_VALUE);
    }

    /** The categories of a scope in position order; an unknown scope has none. */
    public List<String> scope(String code) {
        return scopes.getOrDefault(code, List.of());
    }

    /** The given category codes, de-duplicated, in position order. */
    public List<String> ordered(Collection<String> codes) {
        return codes.stream()
                .distinct()
                .sorted(Comparator.comparing(this::positionOf))
                .toList();
    }

    /** A text that changes whenever a category or a scope's membership does. */
    public String fingerprint() {
        return "categories " + categories + ", scopes " + scopes;
    }

    /** The categories of {@code codes} that {@code others} lacks, in position order. */
    public List<String> without(Collection<String> codes, Collection<String> others) {
        Set<String> excluded = Set.copyOf(others);
        return ordered(codes.stream().filter(code -> !excluded.contains(code)).toList());
    }
}
