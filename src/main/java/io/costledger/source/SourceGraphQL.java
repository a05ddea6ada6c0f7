package io.costledger.source;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Source;

@GraphQLApi
@ApplicationScoped
public class SourceGraphQL {

    @Inject
    SourceQueries sources;

    @Query("sources")
    @Description("Sources, filtered, in the order of orderBy (default: by key); first defaults to 50 (1..500), after"
            + " is a previous page's endCursor of the same order.")
    public @NonNull SourceConnection sources(
            @Name("filter") SourceFilter filter,
            @Name("first") Integer first,
            @Name("after") String after,
            @Name("orderBy") @Description("Sort terms, the key last unless named; rows without a value come last.")
                    List<SourceOrder> orderBy) {
        return sources.page(filter, first, after, orderBy);
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
}
