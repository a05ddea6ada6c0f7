package io.costledger.claim;

import io.costledger.graphql.MaxItems;
import io.costledger.paging.PageInfo;
import io.costledger.paging.PageRequest;
import java.util.List;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

/** One page of claims; {@code totalCount} is counted only when asked for. */
@Type("ClaimConnection")
public record ClaimConnection(
        @Ignore ClaimFilter filter,
        @MaxItems(PageRequest.MAX_SIZE) @NonNull List<@NonNull ClaimView> nodes,
        @NonNull PageInfo pageInfo) {}
