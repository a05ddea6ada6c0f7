package io.costledger.claim;

import io.costledger.api.PageInfo;
import java.util.List;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

/** One page of claims; {@code totalCount} is counted only when asked for. */
@Type("ClaimConnection")
public record ClaimConnection(
        @Ignore ClaimFilter filter,
        @NonNull List<@NonNull ClaimView> nodes,
        @NonNull PageInfo pageInfo) {}
