package io.costledger.organization;

import io.costledger.api.Rows;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
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
        return Rows.first(em, SELECT + "where o.key = :key", OrganizationView.class, "key", key);
    }
}
