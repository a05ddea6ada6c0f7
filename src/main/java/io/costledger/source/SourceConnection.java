package io.costledger.source;

import io.costledger.api.PageInfo;
import java.util.List;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

/** One page of sources; {@code totalCount} is counted only when asked for. */
@Type("SourceConnection")
public record SourceConnection(
        @Ignore SourceFilter filter,
        @NonNull List<@NonNull SourceView> nodes,
        @NonNull PageInfo pageInfo) {}
