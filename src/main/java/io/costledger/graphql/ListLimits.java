package io.costledger.graphql;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The maximum of every list field of the API, by {@code Type.field}: declared with {@link MaxItems}, overridden by
 * configuration, the default where neither says. The query cost counts lists at these sizes, and charges the fields
 * computed over every model ({@link CostsPerModel}) one per model.
 */
final class ListLimits {

    private final Map<String, Integer> configured;
    private final int fallback;
    private final Map<String, Integer> declared = new ConcurrentHashMap<>();
    private final Map<String, ItemsOf> sizedByArgument = new ConcurrentHashMap<>();
    private final Map<String, Boolean> undeclared = new ConcurrentHashMap<>();
    private final Map<String, Boolean> perModel = new ConcurrentHashMap<>();

    ListLimits(Map<String, Integer> configured, int fallback) {
        this.configured = Map.copyOf(configured);
        this.fallback = fallback;
    }

    /** Records a list field's maximum ({@code null}: none declared) and returns the limit that applies. */
    ListLimit declare(String coordinate, Integer max) {
        if (max == null) {
            undeclared.put(coordinate, true);
        } else {
            declared.put(coordinate, max);
        }
        return new ListLimit(coordinate, maximum(coordinate));
    }

    /** The most elements the list field may hold. */
    int maximum(String coordinate) {
        return Optional.ofNullable(configured.get(coordinate))
                .or(() -> Optional.ofNullable(declared.get(coordinate)))
                .orElse(fallback);
    }

    /** Records that a list's length is set by an argument of its parent's field ({@link ItemsOf}). */
    void sizedBy(String coordinate, ItemsOf itemsOf) {
        sizedByArgument.put(coordinate, itemsOf);
    }

    /** How the argument of the parent's field sets the list's length, if it does. */
    Optional<ItemsOf> sizedBy(String coordinate) {
        return Optional.ofNullable(sizedByArgument.get(coordinate));
    }

    /** Records that a field computes over every model ({@link CostsPerModel}). */
    void chargePerModel(String coordinate) {
        perModel.put(coordinate, true);
    }

    /** Whether the field computes over every model, and costs one per model. */
    boolean chargedPerModel(String coordinate) {
        return perModel.containsKey(coordinate);
    }

    /** Every list field wired without a declared maximum (a test keeps this empty). */
    java.util.Set<String> undeclared() {
        return java.util.Set.copyOf(undeclared.keySet());
    }
}
