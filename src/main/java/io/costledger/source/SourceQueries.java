package io.costledger.source;

import io.costledger.api.Batches;
import io.costledger.api.PageRequest;
import io.costledger.api.Rows;
import io.costledger.api.Where;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Reads sources as API views; every method is one SQL statement. */
@ApplicationScoped
public class SourceQueries {

    private static final String SELECT = "select " + SourceView.COLUMNS + " from Source s";

    @Inject
    EntityManager em;

    public SourceConnection page(SourceFilter filter, PageRequest page) {
        Where where = where(filter).and("s.key > :after", "after", page.afterKey());
        List<SourceView> rows = where.bind(
                        em.createQuery(SELECT + where.clause() + " order by s.key", SourceView.class))
                .setMaxResults(page.fetchSize())
                .getResultList();
        PageRequest.Slice<SourceView> slice = page.slice(rows, SourceView::key);
        return new SourceConnection(filter, slice.rows(), slice.pageInfo());
    }

    public int count(SourceFilter filter) {
        Where where = where(filter);
        return where.bind(em.createQuery("select count(s) from Source s" + where.clause(), Long.class))
                .getSingleResult()
                .intValue();
    }

    private static Where where(SourceFilter filter) {
        SourceFilter given = filter == null ? new SourceFilter(null, null, null) : filter;
        return new Where()
                .and("s.kind = :kind", "kind", given.kind())
                .and("s.publishedOn >= :from", "from", given.publishedFrom())
                .and("s.publishedOn <= :to", "to", given.publishedTo());
    }

    public Optional<SourceView> byKey(String key) {
        return Rows.first(em, SELECT + " where s.key = :key", SourceView.class, "key", key);
    }

    public Map<Long, SourceView> byIds(Collection<Long> ids) {
        return Batches.index(Rows.in(em, SELECT + " where s.id in :ids", SourceView.class, ids), SourceView::id);
    }
}
