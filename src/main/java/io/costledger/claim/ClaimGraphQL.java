package io.costledger.claim;

import io.costledger.api.ApiErrors;
import io.costledger.api.Batches;
import io.costledger.api.FieldBatches;
import io.costledger.api.PageRequest;
import io.costledger.taxonomy.CostScopeView;
import io.costledger.taxonomy.TaxonomyCatalog;
import jakarta.inject.Inject;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Source;

/** The claim queries and the fields that lead from a claim to other records, each batched over a whole level. */
@GraphQLApi
@ApiErrors.Guarded
public class ClaimGraphQL {

    @Inject
    FieldBatches batches;

    @Inject
    ClaimQueries claims;

    @Inject
    TaxonomyCatalog catalog;

    @Query("claims")
    @Description("Claims by key, filtered; first defaults to 50 (1..500), after is a previous page's endCursor.")
    public @NonNull ClaimConnection claims(
            @Name("filter") ClaimFilter filter, @Name("first") Integer first, @Name("after") String after) {
        ClaimConnection page = claims.page(filter, PageRequest.of(first, after));
        batches.fetched(ClaimView.class, page.nodes());
        return page;
    }

    @Query("claim")
    @Description("The claim with this key, or null.")
    public ClaimView claim(@NonNull @Name("key") String key) {
        return claims.byKey(key)
                .map(claim -> batches.fetched(ClaimView.class, List.of(claim)).get(0))
                .orElse(null);
    }

    @Name("totalCount")
    @Description("How many claims match the filter, over all pages.")
    public int totalCount(@Source ClaimConnection connection) {
        return claims.count(connection.filter());
    }

    @Name("presentedScope")
    public CostScopeView presentedScope(@Source ClaimView claim) {
        return claim.presentedScopeCode() == null
                ? null
                : catalog.scope(claim.presentedScopeCode()).orElseThrow();
    }

    @Name("cites")
    @Description("The claim this one repeats, or null.")
    public List<ClaimView> cites(@Source List<ClaimView> page) {
        return batches.fetched(
                ClaimView.class,
                Batches.pick(page, ClaimView::citesId, claims.byIds(Batches.ids(page, ClaimView::citesId))));
    }

    @Name("citedBy")
    @Description("The claims that repeat this one, by key.")
    public List<@NonNull List<@NonNull ClaimView>> citedBy(@Source List<ClaimView> page) {
        List<ClaimView> citing = batches.fetched(ClaimView.class, claims.citing(Batches.ids(page, ClaimView::id)));
        return Batches.group(page, ClaimView::id, citing, ClaimView::citesId);
    }
}
