package io.costledger.history;

import io.costledger.graphql.MaxItems;
import io.costledger.paging.PageInfo;
import io.costledger.paging.PageRequest;
import java.util.List;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

/** One page of loads, newest first. */
@Type("LoadConnection")
public record LoadConnection(
        @MaxItems(PageRequest.MAX_SIZE) @NonNull List<@NonNull LoadView> nodes,
        @NonNull PageInfo pageInfo) {}
