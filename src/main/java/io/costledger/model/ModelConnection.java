package io.costledger.model;

import io.costledger.graphql.MaxItems;
import io.costledger.paging.PageInfo;
import io.costledger.paging.PageRequest;
import java.util.List;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

/** One page of models; {@code totalCount} is counted only when asked for. */
@Type("ModelConnection")
public record ModelConnection(
        @Ignore ModelFilter filter,
        @MaxItems(PageRequest.MAX_SIZE) @NonNull List<@NonNull ModelView> nodes,
        @NonNull PageInfo pageInfo) {}
