package io.costledger.model;

import io.costledger.api.Batches;
import io.costledger.api.PageRequest;
import io.costledger.api.Rows;
import io.costledger.api.Where;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Reads models as API views; every method is one SQL statement. */
@ApplicationScoped
public class ModelQueries {

    private static final String SELECT = "select " + ModelView.COLUMNS + " from Model m join m.organization o";

    /** Each start model with its base, the base's base and so on, one row per step, in one statement. */
    private static final String LINEAGE = """
            with recursive lineage (start_id, model_id, depth) as (
                select id, id, 0 from model where id in (:ids)
                union all
                select l.start_id, m.base_model_id, l.depth + 1
                from lineage l join model m on m.id = l.model_id
                where m.base_model_id is not null and l.depth < 1000
            )
            select l.start_id, m.id, m.key, m.name, o.id, o.key, o.name, o.country, m.released_on, m.base_model_id
            from lineage l join model m on m.id = l.model_id join organization o on o.id = m.organization_id
            order by l.start_id, l.depth""";

    @Inject
    EntityManager em;

    public ModelConnection page(ModelFilter filter, PageRequest page) {
        Where where = where(filter).and("m.key > :after", "after", page.afterKey());
        List<ModelView> rows = where.bind(em.createQuery(SELECT + where.clause() + " order by m.key", ModelView.class))
                .setMaxResults(page.fetchSize())
                .getResultList();
        PageRequest.Slice<ModelView> slice = page.slice(rows, ModelView::key);
        return new ModelConnection(filter, slice.rows(), slice.pageInfo());
    }

    public int count(ModelFilter filter) {
        Where where = where(filter);
        return where.bind(em.createQuery(
                        "select count(m) from Model m join m.organization o" + where.clause(), Long.class))
                .getSingleResult()
                .intValue();
    }

    private static Where where(ModelFilter filter) {
        ModelFilter given = filter == null ? new ModelFilter(null, null) : filter;
        return new Where()
                .and("o.key = :organization", "organization", given.organization())
                .and("lower(m.name) like :name escape '!'", "name", Where.containing(given.nameContains()));
    }

    public Optional<ModelView> byKey(String key) {
        return Rows.first(em, SELECT + " where m.key = :key", ModelView.class, "key", key);
    }

    public Map<Long, ModelView> byIds(Collection<Long> ids) {
        return Batches.index(where("m.id in :ids", ids), ModelView::id);
    }

    public List<ModelView> byOrganizationIds(Collection<Long> organizationIds) {
        return where("o.id in :ids", organizationIds);
    }

    public List<ModelView> derivedFrom(Collection<Long> baseModelIds) {
        return where("m.baseModel.id in :ids", baseModelIds);
    }

    private List<ModelView> where(String condition, Collection<Long> ids) {
        return Rows.in(em, SELECT + " where " + condition + " order by m.key", ModelView.class, ids);
    }

    /** For each model id, the model itself, its base model, that model's base, and so on. */
    public Map<Long, List<ModelView>> lineage(Collection<Long> modelIds) {
        Map<Long, List<ModelView>> chains = new HashMap<>();
        if (modelIds.isEmpty()) {
            return chains;
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows =
                em.createNativeQuery(LINEAGE).setParameter("ids", modelIds).getResultList();
        for (Object[] row : rows) {
            ModelView model = new ModelView(
                    number(row[1]),
                    (String) row[2],
                    (String) row[3],
                    number(row[4]),
                    (String) row[5],
                    (String) row[6],
                    (String) row[7],
                    localDate(row[8]),
                    row[9] == null ? null : number(row[9]));
            chains.computeIfAbsent(number(row[0]), id -> new ArrayList<>()).add(model);
        }
        return chains;
    }

    /** A DATE column of a native query: a LocalDate or a java.sql.Date, depending on the driver. */
    private static LocalDate localDate(Object value) {
        return value == null || value instanceof LocalDate ? (LocalDate) value : ((java.sql.Date) value).toLocalDate();
    }

    private static long number(Object value) {
        return ((Number) value).longValue();
    }
}
