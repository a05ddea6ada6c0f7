package io.costledger.history;

import io.costledger.graphql.MaxItems;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

@Type("ItemChange")
@Description("A hardware rate's key is hardware/kind/effectiveOn/provider, e.g. h800/ON_DEMAND/2024-08-01/CR8DL.")
public record ItemChangeView(
        @NonNull ItemKind kind,
        @NonNull String key,
        @NonNull ChangeKind change,
        @MaxItems(MAX_FIELDS) @NonNull List<@NonNull FieldChangeView> fields) {

    /** No item has more fields than this. */
    public static final int MAX_FIELDS = 24;
}
