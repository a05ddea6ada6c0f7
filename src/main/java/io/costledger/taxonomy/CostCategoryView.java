package io.costledger.taxonomy;

import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

@Type("CostCategory")
public record CostCategoryView(
        @Ignore long id,
        @NonNull String code,
        @NonNull String name,
        @NonNull String description,
        int position) {}
