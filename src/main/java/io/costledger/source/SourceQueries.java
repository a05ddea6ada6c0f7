package io.costledger.source;

import io.costledger.analysis.SourceKind;
import io.costledger.db.Conditions;
import io.costledger.db.Database;
import io.costledger.db.EntityReads;
import io.costledger.db.RowMapper;
import io.costledger.graphql.Batches;
import io.costledger.paging.PageRequest;
import io.costledger.paging.Sorting;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Reads sources; every method is one SQL statement. */
@ApplicationScoped
public class SourceQueries {

    /** The columns of {@link #mapper(String)} for a source aliased {@code alias}, named {@code prefix}*. */
    public static String columns(String alias, String prefix) {
        return String.join(
                ", ",
                alias + ".id as " + prefix + "id",
                alias + ".key as " + prefix + "key",
                alias + ".title as " + prefix + "title",
                alias + ".url as " + prefix + "url",
                alias + ".publisher as " + prefix + "publisher",
                alias + ".published as " + prefix + "published",
                alias + ".kind as " + prefix + "kind");
    }

    /** Reads the columns of {@link #columns(String, String)}. */
    public static RowMapper<SourceView> mapper(String prefix) {
        String id = prefix + "id";
        String key = prefix + "key";
        String title = prefix + "title";
        String url = prefix + "url";
        String publisher = prefix + "publisher";
        String published = prefix + "published";
        String kind = prefix + "kind";
        return row -> SourceView.of(
                row.getLong(id),
                row.getString(key),
                row.getString(title),
                row.getString(url),
                row.getString(publisher),
                row.getString(published),
                SourceKind.valueOf(row.getString(kind)));
    }

    private static final String SELECT = "select " + columns("s", "") + " from source s";
    private static final RowMapper<SourceView> ROW = mapper("");

    @Inject
    Database database;

    @Inject
    EntityReads entities;

    /** A page in the given order (null: by key). */
    public SourceConnection page(SourceFilter filter, Integer first, String after, List<SourceOrder> orderBy) {
        Sorting sorting = SourceOrder.sorting(orderBy);
        PageRequest page = PageRequest.of(first, after, sorting);
        if (sorting.byKeyOnly()) {
            return page(filter, page);
        }
        PageRequest.Slice<SourceView> slice =
                database.read(sql -> sorting.page(sql, columns("s", ""), " from source s", where(filter), page, ROW));
        return new SourceConnection(filter, slice.rows(), slice.pageInfo());
    }

    public SourceConnection page(SourceFilter filter, PageRequest page) {
        Conditions where = where(filter).and("s.key > ?", page.afterKey());
        List<SourceView> rows = database.read(sql ->
                sql.list(SELECT + where.where() + " order by s.key limit ?", ROW, where.parameters(page.fetchSize())));
        PageRequest.Slice<SourceView> slice = page.slice(rows, SourceView::key);
        return new SourceConnection(filter, slice.rows(), slice.pageInfo());
    }

    public int count(SourceFilter filter) {
        Conditions where = where(filter);
        return database.read(sql -> sql.first(
                        "select count(*) as n from source s" + where.where(),
                        row -> row.getInt("n"),
                        where.parameters())
                .orElse(0));
    }

    private static Conditions where(SourceFilter filter) {
        SourceFilter given = filter == null ? SourceFilter.NONE : filter;
        return new Conditions()
                .and("s.kind = ?", given.kind())
                .and("s.published_on >= ?", given.publishedFrom())
                .and("s.published_on <= ?", given.publishedTo())
                .in("s.kind", given.kinds());
    }

    /** One source by its key, read as its entity in the request's snapshot. */
    public Optional<SourceView> byKey(String key) {
        return entities.session()
                .createSelectionQuery("from Source s where s.key = :key", Source.class)
                .setParameter("key", key)
                .uniqueResultOptional()
                .map(Source::view);
    }

    public Map<Long, SourceView> byIds(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return Batches.index(
                database.read(sql -> sql.list(SELECT + " where s.id = any(?)", ROW, sql.array("bigint", ids))),
                SourceView::id);
    }
}
