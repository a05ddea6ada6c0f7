package io.costledger.graphql;

import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

/** Regroups the rows of one batched query in the order of the parents that asked for them. */
public final class Batches {

    private Batches() {}

    /** The distinct non-null ids the parents refer to. */
    public static <P, I> Set<I> ids(Collection<P> parents, Function<P, I> id) {
        Set<I> ids = new LinkedHashSet<>();
        for (P parent : parents) {
            I value = id.apply(parent);
            if (value != null) {
                ids.add(value);
            }
        }
        return ids;
    }

    /** For each parent, the row its reference points to (null where it has none). */
    public static <P, I, R> List<R> pick(List<P> parents, Function<P, I> reference, Map<I, R> rows) {
        return parents.stream()
                .map(parent -> {
                    I id = reference.apply(parent);
                    return id == null ? null : rows.get(id);
                })
                .toList();
    }

    /** For each parent, the rows that belong to it, in the order the query returned them. */
    public static <P, I, R> List<List<R>> group(
            List<P> parents, Function<P, I> parentId, List<R> rows, Function<R, I> owner) {
        Map<I, List<R>> byOwner = new HashMap<>();
        for (R row : rows) {
            byOwner.computeIfAbsent(owner.apply(row), id -> new java.util.ArrayList<>())
                    .add(row);
        }
        return parents.stream()
                .map(parent -> byOwner.getOrDefault(parentId.apply(parent), List.of()))
                .toList();
    }

    /** Rows keyed by their id. */
    public static <I, R> Map<I, R> index(Collection<R> rows, Function<R, I> id) {
        Map<I, R> index = new HashMap<>();
        for (R row : rows) {
            index.putIfAbsent(Objects.requireNonNull(id.apply(row)), row);
        }
        return index;
    }
}
