package io.costledger.claim;

import io.costledger.analysis.Coverage;
import io.costledger.taxonomy.CostCategoryView;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

@Type("CategoryCoverage")
public record CategoryCoverageView(
        @NonNull CostCategoryView category, @NonNull Coverage coverage) {}
