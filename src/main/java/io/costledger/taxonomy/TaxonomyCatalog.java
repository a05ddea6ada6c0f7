package io.costledger.taxonomy;

import io.costledger.analysis.Taxonomy;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The cost categories and scopes, read once: they are reference rows that only a migration changes, and migrations
 * run before the application starts, so this copy is always current.
 */
@ApplicationScoped
public class TaxonomyCatalog {

    private volatile Snapshot snapshot;

    private record Snapshot(
            List<CostCategoryView> categories,
            List<CostScopeView> scopes,
            Map<String, CostCategoryView> categoriesByCode,
            Map<String, CostScopeView> scopesByCode,
            Taxonomy taxonomy) {}

    public List<CostCategoryView> categories() {
        return snapshot().categories();
    }

    public List<CostScopeView> scopes() {
        return snapshot().scopes();
    }

    public Optional<CostCategoryView> category(String code) {
        return Optional.ofNullable(snapshot().categoriesByCode().get(code));
    }

    public Optional<CostScopeView> scope(String code) {
        return Optional.ofNullable(snapshot().scopesByCode().get(code));
    }

    /** The categories and scopes as the analysis core sees them. */
    public Taxonomy taxonomy() {
        return snapshot().taxonomy();
    }

    private Snapshot snapshot() {
        Snapshot current = snapshot;
        if (current == null) {
            current = QuarkusTransaction.joiningExisting().call(TaxonomyCatalog::read);
            snapshot = current;
        }
        return current;
    }

    private static Snapshot read() {
        List<CostCategoryView> categories = CostCategory.<CostCategory>listAll().stream()
                .sorted(Comparator.comparingInt(category -> category.position))
                .map(category -> new CostCategoryView(
                        category.id, category.code, category.name, category.description, category.position))
                .toList();
        Map<String, CostCategoryView> categoriesByCode = index(categories, CostCategoryView::code);
        List<CostScopeView> scopes = CostScope.<CostScope>listAll().stream()
                .sorted(Comparator.comparingInt(scope -> scope.position))
                .map(scope -> new CostScopeView(
                        scope.id,
                        scope.code,
                        scope.name,
                        scope.description,
                        scope.categories.stream()
                                .map(category -> categoriesByCode.get(category.code))
                                .sorted(Comparator.comparingInt(CostCategoryView::position))
                                .toList()))
                .toList();
        Map<String, List<String>> members = new LinkedHashMap<>();
        scopes.forEach(scope -> members.put(
                scope.code(),
                scope.categories().stream().map(CostCategoryView::code).toList()));
        Taxonomy taxonomy =
                new Taxonomy(categories.stream().map(CostCategoryView::code).toList(), members);
        return new Snapshot(categories, scopes, categoriesByCode, index(scopes, CostScopeView::code), taxonomy);
    }

    private static <T> Map<String, T> index(List<T> rows, Function<T, String> code) {
        return rows.stream().collect(Collectors.toMap(code, Function.identity(), (a, b) -> a, LinkedHashMap::new));
    }
}
