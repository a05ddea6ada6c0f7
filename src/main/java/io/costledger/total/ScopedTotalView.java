package io.costledger.total;

import io.costledger.model.ModelView;
import io.costledger.taxonomy.CostScopeView;
import java.math.BigDecimal;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

@Type("ScopedTotal")
@Description("What the claims about a model add up to for a scope, without counting any category twice.")
public record ScopedTotalView(
        @NonNull ModelView model,
        @NonNull CostScopeView scope,
        @NonNull BigDecimal lowUsd,

        @Description("Null when any contribution has no upper bound.")
        BigDecimal highUsd,

        @NonNull List<@NonNull String> coveredCategories,
        @NonNull List<@NonNull String> missingCategories,

        @Description("True when every category of the scope is covered.")
        boolean complete,

        @Description("True when categories are missing or the high end is unbounded.")
        boolean lowerBound,

        @NonNull List<@NonNull ContributionView> contributions,
        @NonNull List<@NonNull SkippedClaimView> skipped) {}
