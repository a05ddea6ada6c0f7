package io.costledger.model;

import io.costledger.db.Columns;
import io.costledger.db.Conditions;
import io.costledger.db.Database;
import io.costledger.db.EntityReads;
import io.costledger.db.RowMapper;
import io.costledger.graphql.Batches;
import io.costledger.organization.OrganizationQueries;
import io.costledger.organization.OrganizationView;
import io.costledger.paging.PageRequest;
import io.costledger.paging.Sorting;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Reads models with their organization; every method is one SQL statement. */
@ApplicationScoped
public class ModelQueries {

    /** The columns of {@link #mapper(String)} for a model aliased {@code alias} of organization {@code org}. */
    private static String columns(String alias, String organization, String prefix) {
        return String.join(
                ", ",
                alias + ".id as " + prefix + "id",
                alias + ".key as " + prefix + "key",
                alias + ".name as " + prefix + "name",
                alias + ".released as " + prefix + "released",
                alias + ".base_model_id as " + prefix + "base_model_id",
                OrganizationQueries.columns(organization, prefix + "organization_"));
    }

    /** Reads the columns of {@link #columns(String, String, String)}. */
    private static RowMapper<ModelView> mapper(String prefix) {
        RowMapper<OrganizationView> organization = OrganizationQueries.mapper(prefix + "organization_");
        String id = prefix + "id";
        String key = prefix + "key";
        String name = prefix + "name";
        String released = prefix + "released";
        String baseModelId = prefix + "base_model_id";
        return row -> ModelView.of(
                row.getLong(id),
                row.getString(key),
                row.getString(name),
                organization.map(row),
                row.getString(released),
                Columns.longOrNull(row, baseModelId));
    }

    private static final String FROM = " from model m join organization o on o.id = m.organization_id";
    private static final String SELECT = "select " + columns("m", "o", "") + FROM;
    private static final RowMapper<ModelView> ROW = mapper("");

    /**
     * Every model of the start models' lineages once: the start models, their bases, the bases' bases and so on, in
     * one statement. Each model comes once however many chains share it ({@code union}), so the rows grow with the
     * models, not with the models times the depth.
     */
    private static final String LINEAGE = "with recursive lineage (model_id) as ("
            + " select id from model where id = any(?)"
            + " union"
            + " select m.base_model_id from lineage l join model m on m.id = l.model_id"
            + " where m.base_model_id is not null)"
            + " select " + columns("m", "o", "")
            + " from lineage l join model m on m.id = l.model_id join organization o on o.id = m.organization_id";

    /** The most steps a chain follows, as a guard: a lineage has no cycle (the loader refuses one). */
    static final int DEEPEST = 1000;

    @Inject
    Database database;

    @Inject
    EntityReads entities;

    /** A page in the given order (null: by key). */
    public ModelConnection page(ModelFilter filter, Integer first, String after, List<ModelOrder> orderBy) {
        Sorting sorting = ModelOrder.sorting(orderBy);
        PageRequest page = PageRequest.of(first, after, sorting);
        if (sorting.byKeyOnly()) {
            return page(filter, page);
        }
        PageRequest.Slice<ModelView> slice =
                database.read(sql -> sorting.page(sql, columns("m", "o", ""), FROM, where(filter), page, ROW));
        return new ModelConnection(filter, slice.rows(), slice.pageInfo());
    }

    public ModelConnection page(ModelFilter filter, PageRequest page) {
        Conditions where = where(filter).and("m.key > ?", page.afterKey());
        List<ModelView> rows = database.read(sql ->
                sql.list(SELECT + where.where() + " order by m.key limit ?", ROW, where.parameters(page.fetchSize())));
        PageRequest.Slice<ModelView> slice = page.slice(rows, ModelView::key);
        return new ModelConnection(filter, slice.rows(), slice.pageInfo());
    }

    public int count(ModelFilter filter) {
        Conditions where = where(filter);
        return database.read(sql -> sql.first(
                        "select count(*) as n" + FROM + where.where(), row -> row.getInt("n"), where.parameters())
                .orElse(0));
    }

    private static Conditions where(ModelFilter filter) {
        ModelFilter given = filter == null ? ModelFilter.NONE : filter;
        return new Conditions()
                .and("o.key = ?", given.organization())
                .and("lower(m.name) like ? escape '!'", Conditions.containing(given.nameContains()))
                .in("o.key", given.organizations())
                .and("m.released_on >= ?", given.releasedFrom())
                .and("m.released_on <= ?", given.releasedTo());
    }

    /** Every model, by key: one statement. */
    public List<ModelView> all() {
        return database.read(sql -> sql.list(SELECT + " order by m.key", ROW));
    }

    /** One model by its key, read as its entity in the request's snapshot. */
    public Optional<ModelView> byKey(String key) {
        return entities.session()
                .createSelectionQuery("from Model m join fetch m.organization where m.key = :key", Model.class)
                .setParameter("key", key)
                .uniqueResultOptional()
                .map(Model::view);
    }

    public Map<Long, ModelView> byIds(Collection<Long> ids) {
        return Batches.index(where("m.id", ids), ModelView::id);
    }

    public List<ModelView> ofOrganizations(Collection<Long> organizationIds) {
        return where("o.id", organizationIds);
    }

    public List<ModelView> derivedFrom(Collection<Long> baseModelIds) {
        return where("m.base_model_id", baseModelIds);
    }

    private List<ModelView> where(String column, Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return database.read(sql ->
                sql.list(SELECT + " where " + column + " = any(?) order by m.key", ROW, sql.array("bigint", ids)));
    }

    /** For each model id, the model itself, its base model, that model's base, and so on. */
    public Map<Long, List<ModelView>> lineage(Collection<Long> modelIds) {
        Map<Long, List<ModelView>> chains = new HashMap<>();
        if (modelIds.isEmpty()) {
            return chains;
        }
        Map<Long, ModelView> byId = new HashMap<>();
        database.read(sql -> sql.list(LINEAGE, ROW, sql.array("bigint", modelIds)))
                .forEach(model -> byId.put(model.id(), model));
        for (Long start : modelIds) {
            List<ModelView> chain = new ArrayList<>();
            for (ModelView step = byId.get(start);
                    step != null && chain.size() <= DEEPEST;
                    step = step.baseModelId() == null ? null : byId.get(step.baseModelId())) {
                chain.add(step);
            }
            if (!chain.isEmpty()) {
                chains.put(start, chain);
            }
        }
        return chains;
    }
}
