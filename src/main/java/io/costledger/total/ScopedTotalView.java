package io.costledger.total;

import io.costledger.graphql.MaxItems;
import io.costledger.model.ModelView;
import io.costledger.taxonomy.CostScopeView;
import io.costledger.taxonomy.TaxonomyCatalog;
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

        @MaxItems(TaxonomyCatalog.MAX_CATEGORIES) @NonNull List<@NonNull String> coveredCategories,
        @MaxItems(TaxonomyCatalog.MAX_CATEGORIES) @NonNull List<@NonNull String> missingCategories,

        @Description("True when every category of the scope is covered.")
        boolean complete,

        @Description("True when categories are missing or the high end is unbounded.")
        boolean lowerBound,

        @MaxItems(MAX_CONTRIBUTIONS) @NonNull List<@NonNull ContributionView> contributions,
        @MaxItems(MAX_SKIPPED) @NonNull List<@NonNull SkippedClaimView> skipped) {

    /** Each part takes at most one claim per category; a lineage has few parts. */
    static final int MAX_CONTRIBUTIONS = 32;
    /** Every claim of every part that is not taken. */
    static final int MAX_SKIPPED = 200;
}
