package io.costledger.organization;

import io.costledger.db.Database;
import io.costledger.db.EntityReads;
import io.costledger.db.RowMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;

/** Reads organizations; every method is one SQL statement. */
@ApplicationScoped
public class OrganizationQueries {

    /** The columns of {@link #mapper(String)} for an organization aliased {@code alias}, named {@code prefix}*. */
    public static String columns(String alias, String prefix) {
        return alias + ".id as " + prefix + "id, " + alias + ".key as " + prefix + "key, " + alias + ".name as "
                + prefix + "name, " + alias + ".country as " + prefix + "country, " + alias + ".hyperscale as " + prefix
                + "hyperscale";
    }

    /** Reads the columns of {@link #columns(String, String)}. */
    public static RowMapper<OrganizationView> mapper(String prefix) {
        String id = prefix + "id";
        String key = prefix + "key";
        String name = prefix + "name";
        String country = prefix + "country";
        String hyperscale = prefix + "hyperscale";
        return row -> new OrganizationView(
                row.getLong(id),
                row.getString(key),
                row.getString(name),
                row.getString(country),
                row.getBoolean(hyperscale));
    }

    private static final String SELECT = "select " + columns("o", "") + " from organization o";
    private static final RowMapper<OrganizationView> ROW = mapper("");

    @Inject
    Database database;

    @Inject
    EntityReads entities;

    public List<OrganizationView> all() {
        return database.read(sql -> sql.list(SELECT + " order by o.key", ROW));
    }

    /** One organization by its key, read as its entity in the request's snapshot. */
    public Optional<OrganizationView> byKey(String key) {
        return entities.session()
                .createSelectionQuery("from Organization o where o.key = :key", Organization.class)
                .setParameter("key", key)
                .uniqueResultOptional()
                .map(Organization::view);
    }
}
