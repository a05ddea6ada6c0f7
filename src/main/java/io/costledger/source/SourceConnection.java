package io.costledger.source;

import io.costledger.graphql.MaxItems;
import io.costledger.paging.PageInfo;
import io.costledger.paging.PageRequest;
import java.util.List;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

/** One page of sources; {@code totalCount} is counted only when asked for. */
@Type("SourceConnection")
public record SourceConnection(
        @Ignore SourceFilter filter,
        @MaxItems(PageRequest.MAX_SIZE) @NonNull List<@NonNull SourceView> nodes,
        @NonNull PageInfo pageInfo) {}
