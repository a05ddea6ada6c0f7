package io.costledger.claim;

import io.costledger.api.Batches;
import io.costledger.api.InvalidArgumentException;
import io.costledger.api.PageRequest;
import io.costledger.api.Rows;
import io.costledger.api.Where;
import io.costledger.taxonomy.CostCategoryView;
import io.costledger.taxonomy.TaxonomyCatalog;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Reads claims, their coverage and their stored flags; every method is one SQL statement. */
@ApplicationScoped
public class ClaimQueries {

    private static final String SELECT = "select " + ClaimView.COLUMNS + ClaimView.FROM;

    @Inject
    EntityManager em;

    @Inject
    TaxonomyCatalog catalog;

    public ClaimConnection page(ClaimFilter filter, PageRequest page) {
        Where where = where(filter).and("c.key > :after", "after", page.afterKey());
        List<ClaimView> rows = where.bind(em.createQuery(SELECT + where.clause() + " order by c.key", ClaimView.class))
                .setMaxResults(page.fetchSize())
                .getResultList();
        PageRequest.Slice<ClaimView> slice = page.slice(rows, ClaimView::key);
        return new ClaimConnection(filter, slice.rows(), slice.pageInfo());
    }

    public int count(ClaimFilter filter) {
        if (filter != null && filter.onlyByFlagOrSeverity()) {
            return countFlagged(filter);
        }
        Where where = where(filter);
        return where.bind(em.createQuery("select count(c)" + ClaimView.FROM + where.clause(), Long.class))
                .getSingleResult()
                .intValue();
    }

    /** Claims with one flag or one severity: counted on the flags' own index, without visiting every claim. */
    private int countFlagged(ClaimFilter filter) {
        String column = filter.flag() != null ? "code" : "severity";
        Object value =
                filter.flag() != null ? filter.flag().name() : filter.severity().name();
        return ((Number) em.createNativeQuery(
                                "select count(distinct claim_id) from claim_flag where " + column + " = :value")
                        .setParameter("value", value)
                        .getSingleResult())
                .intValue();
    }

    private Where where(ClaimFilter filter) {
        ClaimFilter given = filter == null ? ClaimFilter.NONE : filter;
        Long includedCategoryId = given.includesCategory() == null ? null : categoryId(given.includesCategory());
        return new Where()
                .and("m.key = :model", "model", given.model())
                .and("o.key = :organization", "organization", given.organization())
                .and("s.key = :source", "source", given.source())
                .and("exists (select 1 from c.flags f where f.code = :flag)", "flag", given.flag())
                .and("exists (select 1 from c.flags f where f.severity = :severity)", "severity", given.severity())
                .and(
                        "exists (select 1 from c.coverage cv where key(cv).id = :category"
                                + " and value(cv) = io.costledger.analysis.Coverage.INCLUDED)",
                        "category",
                        includedCategoryId);
    }

    private long categoryId(String code) {
        return catalog.category(code)
                .map(CostCategoryView::id)
                .orElseThrow(() -> new InvalidArgumentException("filter.includesCategory: category \"" + code
                        + "\" does not exist; the categories are "
                        + String.join(", ", catalog.taxonomy().categories())
                        + "."));
    }

    public Optional<ClaimView> byKey(String key) {
        return Rows.first(em, SELECT + " where c.key = :key", ClaimView.class, "key", key);
    }

    public Map<Long, ClaimView> byIds(Collection<Long> ids) {
        return Batches.index(where("c.id in :ids", ids), ClaimView::id);
    }

    public List<ClaimView> aboutModels(Collection<Long> modelIds) {
        return where("c.model.id in :ids", modelIds);
    }

    public List<ClaimView> ofOrganizations(Collection<Long> organizationIds) {
        return where("c.organization.id in :ids", organizationIds);
    }

    public List<ClaimView> fromSources(Collection<Long> sourceIds) {
        return where("c.source.id in :ids", sourceIds);
    }

    public List<ClaimView> citing(Collection<Long> claimIds) {
        return where("c.cites.id in :ids", claimIds);
    }

    private List<ClaimView> where(String condition, Collection<Long> ids) {
        return Rows.in(em, SELECT + " where " + condition + " order by c.key", ClaimView.class, ids);
    }
}
