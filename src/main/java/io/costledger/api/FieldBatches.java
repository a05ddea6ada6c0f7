package io.costledger.api;

import jakarta.enterprise.context.RequestScoped;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Batches a field that takes arguments over every parent of its type the request has fetched so far, once per
 * distinct set of argument values.
 *
 * <p>SmallRye's {@code @Source List} batching keys a batch by field and parent only, so two aliases of one field
 * with different arguments ({@code a: scopedTotal(scope: "TRAINING") b: scopedTotal(scope: "ALL_IN")}) would share
 * one result. Resolvers of such fields resolve one parent here instead: the first call for a set of arguments
 * computes the whole batch of parents fetched so far (a page is fetched whole before any of its fields), later
 * calls read the result. Resolvers that return parents report them with {@link #fetched}.
 */
@RequestScoped
public class FieldBatches {

    private record Key(String field, Object arguments, Object parent) {}

    private final Map<Class<?>, Set<Object>> fetched = new HashMap<>();
    private final Map<Key, Object> results = new HashMap<>();

    /** Remembers rows a resolver returns, as candidates for the next batch; returns them. */
    public synchronized <P> List<P> fetched(Class<P> type, List<P> rows) {
        Set<Object> known = fetched.computeIfAbsent(type, t -> new LinkedHashSet<>());
        rows.stream().filter(row -> row != null).forEach(known::add);
        return rows;
    }

    /**
     * The field's value for {@code parent}, computing it with {@code batch} for every fetched parent of its type
     * that has no value yet for these arguments.
     *
     * @param arguments the argument values, with value equality
     * @param batch the values for a list of parents, in their order
     */
    @SuppressWarnings("unchecked")
    public synchronized <P, R> R resolve(
            String field, Object arguments, Class<P> type, P parent, Function<List<P>, List<R>> batch) {
        Key key = new Key(field, arguments, parent);
        if (results.containsKey(key)) {
            return (R) results.get(key);
        }
        List<P> pending = new ArrayList<>(List.of(parent));
        for (Object other : fetched.getOrDefault(type, Set.of())) {
            if (!other.equals(parent) && !results.containsKey(new Key(field, arguments, other))) {
                pending.add((P) other);
            }
        }
        List<R> values = batch.apply(pending);
        for (int i = 0; i < pending.size(); i++) {
            results.put(new Key(field, arguments, pending.get(i)), values.get(i));
        }
        return values.get(0);
    }
}
