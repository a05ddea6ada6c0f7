package io.costledger.organization;

import io.costledger.api.Batches;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Reads organizations as API views; every method is one SQL statement. */
@ApplicationScoped
public class OrganizationQueries {

    private static final String SELECT = "select " + OrganizationView.COLUMNS + " from Organization o ";

    @Inject
    EntityManager em;

    public List<OrganizationView> all() {
        return em.createQuery(SELECT + "order by o.key", OrganizationView.class).getResultList();
    }

    public Optional<OrganizationView> byKey(String key) {
        return em.createQuery(SELECT + "where o.key = :key", OrganizationView.class)
                .setParameter("key", key)
                .getResultStream()
                .findFirst();
    }

    public Map<Long, OrganizationView> byIds(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        List<OrganizationView> rows = em.createQuery(SELECT + "where o.id in :ids", OrganizationView.class)
                .setParameter("ids", ids)
                .getResultList();
        return Batches.index(rows, OrganizationView::id);
    }
}
