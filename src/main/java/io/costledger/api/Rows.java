package io.costledger.api;

import jakarta.persistence.EntityManager;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** The two shapes most read queries take: one row by a value, and every row whose id is in a batch. */
public final class Rows {

    private Rows() {}

    /** The first row of {@code query} with {@code :name} bound to {@code value}. */
    public static <V> Optional<V> first(EntityManager em, String query, Class<V> type, String name, Object value) {
        return em.createQuery(query, type)
                .setParameter(name, value)
                .getResultStream()
                .findFirst();
    }

    /** The rows of {@code query} with {@code :ids} bound to {@code ids}; none, without a statement, for no ids. */
    public static <V> List<V> in(EntityManager em, String query, Class<V> type, Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return em.createQuery(query, type).setParameter("ids", ids).getResultList();
    }
}
