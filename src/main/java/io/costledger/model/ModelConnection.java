package io.costledger.model;

import io.costledger.api.PageInfo;
import java.util.List;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

/** One page of models; {@code totalCount} is counted only when asked for. */
@Type("ModelConnection")
public record ModelConnection(
        @Ignore ModelFilter filter,
        @NonNull List<@NonNull ModelView> nodes,
        @NonNull PageInfo pageInfo) {}
