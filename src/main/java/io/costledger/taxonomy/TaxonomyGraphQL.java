package io.costledger.taxonomy;

import io.costledger.graphql.MaxItems;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;

@GraphQLApi
@ApplicationScoped
public class TaxonomyGraphQL {

    @Inject
    TaxonomyCatalog catalog;

    @Query("costCategories")
    @Description("The cost categories, in position order.")
    @MaxItems(TaxonomyCatalog.MAX_CATEGORIES)
    public @NonNull List<@NonNull CostCategoryView> costCategories() {
        return catalog.categories();
    }

    @Query("costScopes")
    @Description("The scopes, narrowest first, each with its categories in position order.")
    @MaxItems(TaxonomyCatalog.MAX_CATEGORIES)
    public @NonNull List<@NonNull CostScopeView> costScopes() {
        return catalog.scopes();
    }
}
