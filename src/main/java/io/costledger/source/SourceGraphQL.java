package io.costledger.source;

import io.costledger.api.ApiErrors;
import io.costledger.api.Batches;
import io.costledger.api.FieldBatches;
import io.costledger.api.PageRequest;
import io.costledger.claim.ClaimQueries;
import io.costledger.claim.ClaimView;
import jakarta.inject.Inject;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Source;

@GraphQLApi
@ApiErrors.Guarded
public class SourceGraphQL {

    @Inject
    FieldBatches batches;

    @Inject
    SourceQueries sources;

    @Inject
    ClaimQueries claims;

    @Query("sources")
    @Description("Sources by key, filtered; first defaults to 50 (1..500), after is a previous page's endCursor.")
    public @NonNull SourceConnection sources(
            @Name("filter") SourceFilter filter, @Name("first") Integer first, @Name("after") String after) {
        return sources.page(filter, PageRequest.of(first, after));
    }

    @Query("source")
    @Description("The source with this key, or null.")
    public SourceView source(@NonNull @Name("key") String key) {
        return sources.byKey(key).orElse(null);
    }

    @Name("totalCount")
    @Description("How many sources match the filter, over all pages.")
    public int totalCount(@Source SourceConnection connection) {
        return sources.count(connection.filter());
    }

    @Name("claims")
    @Description("The claims this source states, by key.")
    public List<@NonNull List<@NonNull ClaimView>> claims(@Source List<SourceView> page) {
        List<ClaimView> stated =
                batches.fetched(ClaimView.class, claims.fromSources(Batches.ids(page, SourceView::id)));
        return Batches.group(page, SourceView::id, stated, ClaimView::sourceId);
    }
}
