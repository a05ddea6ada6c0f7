package io.costledger.history;

import io.costledger.graphql.Batches;
import io.costledger.graphql.MaxItems;
import io.costledger.paging.PageRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Source;

/** What was loaded, when and by whom, and every version of every item. */
@GraphQLApi
@ApplicationScoped
public class HistoryGraphQL {

    static final int MAX_REVISIONS = 500;
    static final int MAX_CHANGES = 5_000;

    @Inject
    HistoryQueries history;

    @Query("loads")
    @Description("Committed loads, newest first.")
    public @NonNull LoadConnection loads(@Name("first") Integer first, @Name("after") String after) {
        return history.loads(PageRequest.of(first, after));
    }

    @Name("totalCount")
    @Description("How many loads were committed.")
    public int totalCount(@Source LoadConnection connection) {
        return history.countLoads();
    }

    @Query("history")
    @Description("Every version of one item, oldest first (retracted items included).")
    @MaxItems(MAX_REVISIONS)
    public @NonNull List<@NonNull RevisionView> history(
            @NonNull @Name("kind") ItemKind kind, @NonNull @Name("key") String key) {
        return history.history(kind, key);
    }

    @Name("changes")
    @Description("Every item the load created, updated or retracted, with the changed fields.")
    @MaxItems(MAX_CHANGES)
    public List<@NonNull List<@NonNull ItemChangeView>> changes(@Source List<LoadView> loads) {
        Map<Integer, List<ItemChangeView>> changes = history.changes(Batches.ids(loads, LoadView::number));
        return loads.stream()
                .map(load -> changes.getOrDefault(load.number(), List.of()))
                .toList();
    }
}
