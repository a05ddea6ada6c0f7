package io.costledger.total;

import io.costledger.claim.ClaimView;
import io.costledger.graphql.MaxItems;
import io.costledger.taxonomy.TaxonomyCatalog;
import java.math.BigDecimal;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

/** The claims about a model that include exactly the same categories, with the spread of their values. */
@Type("Comparison")
public record ComparisonView(
        @Description("The categories every claim of the group includes, and no other, in position order.")
        @MaxItems(TaxonomyCatalog.MAX_CATEGORIES)
        @NonNull
        List<@NonNull String> categories,

        @Description("The group's claims, in the preference order of scoped totals.")
        @MaxItems(ComparisonGraphQL.MAX_CLAIMS_COMPARED)
        @NonNull
        List<@NonNull ClaimView> claims,

        @Description("The least low value of the group's claims, in USD.") @NonNull
        BigDecimal minUsd,

        @Description("The greatest high value, in USD; null when any claim's high is unbounded.")
        BigDecimal maxUsd,

        @Description("maxUsd / minUsd, rounded half-even to 2 decimals; null when minUsd is 0 or maxUsd is null.")
        BigDecimal ratio,

        @Description("Each claim's value as the group compares it, in the order of claims (at rateKind when given).")
        @MaxItems(ComparisonGraphQL.MAX_CLAIMS_COMPARED)
        @NonNull
        List<@NonNull ComparedValueView> values,

        @Description("A group of capital-expense claims (SEMANTICS.md part 3), compared only with each other.")
        boolean capitalExpense) {}
