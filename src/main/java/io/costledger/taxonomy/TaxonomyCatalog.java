package io.costledger.taxonomy;

import io.costledger.analysis.Taxonomy;
import io.costledger.db.Database;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The cost categories and scopes, read once: they are reference rows that only a migration changes, and migrations
 * run before the application starts, so this copy is always current.
 */
@ApplicationScoped
public class TaxonomyCatalog {

    /** The most categories (and scopes) the API lists; far more than the seven there are. */
    public static final int MAX_CATEGORIES = 16;

    @Inject
    Database database;

    private volatile Catalog catalog;

    private record Catalog(
            List<CostCategoryView> categories,
            List<CostScopeView> scopes,
            Map<String, CostCategoryView> categoriesByCode,
            Map<String, CostScopeView> scopesByCode,
            Map<Long, CostScopeView> scopesById,
            Taxonomy taxonomy,
            Map<Long, List<String>> codesByMask) {}

    private record Membership(long scopeId, long categoryId) {}

    public List<CostCategoryView> categories() {
        return catalog().categories();
    }

    public List<CostScopeView> scopes() {
        return catalog().scopes();
    }

    public Optional<CostCategoryView> category(String code) {
        return Optional.ofNullable(catalog().categoriesByCode().get(code));
    }

    public Optional<CostScopeView> scope(String code) {
        return Optional.ofNullable(catalog().scopesByCode().get(code));
    }

    /** The scope a stored row names by id (rows name scopes that exist: a foreign key). */
    public CostScopeView scope(long id) {
        return catalog().scopesById().get(id);
    }

    /**
     * The codes of the categories in a set of category ids as a row stores it (bit n: the category with id n), in
     * position order; the same list for the same set.
     */
    public List<String> categoryCodes(long mask) {
        if (mask == 0) {
            return List.of();
        }
        Catalog current = catalog();
        return current.codesByMask()
                .computeIfAbsent(
                        mask,
                        bits -> current.categories().stream()
                                .filter(category -> (bits & (1L << category.id())) != 0)
                                .map(CostCategoryView::code)
                                .toList());
    }

    /** The set of category ids a row stores for these category codes (the inverse of {@link #categoryCodes}). */
    public long categoryMask(Collection<String> codes) {
        long mask = 0;
        for (String code : codes) {
            CostCategoryView category = catalog().categoriesByCode().get(code);
            if (category == null) {
                throw new IllegalArgumentException("No category " + code);
            }
            mask |= 1L << category.id();
        }
        return mask;
    }

    /** The categories and scopes as the analysis core sees them. */
    public Taxonomy taxonomy() {
        return catalog().taxonomy();
    }

    private Catalog catalog() {
        Catalog current = catalog;
        if (current == null) {
            current = QuarkusTransaction.joiningExisting().call(this::read);
            catalog = current;
        }
        return current;
    }

    private Catalog read() {
        return database.read(sql -> {
            List<CostCategoryView> categories = sql.list(
                    "select id, code, name, description, position from cost_category order by position",
                    row -> new CostCategoryView(
                            row.getLong("id"),
                            row.getString("code"),
                            row.getString("name"),
                            row.getString("description"),
                            row.getInt("position")));
            List<Membership> members = sql.list(
                    "select scope_id, category_id from cost_scope_category",
                    row -> new Membership(row.getLong("scope_id"), row.getLong("category_id")));
            List<CostScopeView> scopes = sql.list(
                    "select id, code, name, description from cost_scope order by position",
                    row -> new CostScopeView(
                            row.getLong("id"),
                            row.getString("code"),
                            row.getString("name"),
                            row.getString("description"),
                            List.of()));
            return catalog(categories, scopes, members);
        });
    }

    private static Catalog catalog(
            List<CostCategoryView> categories, List<CostScopeView> bare, List<Membership> members) {
        Map<String, CostCategoryView> categoriesByCode = new LinkedHashMap<>();
        categories.forEach(category -> categoriesByCode.put(category.code(), category));
        List<CostScopeView> scopes = new ArrayList<>();
        Map<String, CostScopeView> scopesByCode = new LinkedHashMap<>();
        Map<String, List<String>> scopeMembers = new LinkedHashMap<>();
        for (CostScopeView scope : bare) {
            List<CostCategoryView> in = categories.stream()
                    .filter(category -> members.contains(new Membership(scope.id(), category.id())))
                    .toList();
            CostScopeView full = new CostScopeView(scope.id(), scope.code(), scope.name(), scope.description(), in);
            scopes.add(full);
            scopesByCode.put(full.code(), full);
            scopeMembers.put(
                    full.code(), in.stream().map(CostCategoryView::code).toList());
        }
        Taxonomy taxonomy =
                new Taxonomy(categories.stream().map(CostCategoryView::code).toList(), scopeMembers);
        Map<Long, CostScopeView> scopesById = new HashMap<>();
        scopes.forEach(scope -> scopesById.put(scope.id(), scope));
        return new Catalog(
                List.copyOf(categories),
                List.copyOf(scopes),
                categoriesByCode,
                scopesByCode,
                scopesById,
                taxonomy,
                new ConcurrentHashMap<>());
    }
}
