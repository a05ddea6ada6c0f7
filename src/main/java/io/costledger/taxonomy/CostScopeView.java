package io.costledger.taxonomy;

import io.costledger.graphql.MaxItems;
import java.util.List;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

@Type("CostScope")
public record CostScopeView(
        @Ignore long id,
        @NonNull String code,
        @NonNull String name,
        @NonNull String description,
        @MaxItems(TaxonomyCatalog.MAX_CATEGORIES) @NonNull List<@NonNull CostCategoryView> categories) {}
