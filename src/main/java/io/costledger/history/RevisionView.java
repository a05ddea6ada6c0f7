package io.costledger.history;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

@Type("Revision")
public record RevisionView(
        @NonNull LoadView load,
        @NonNull ChangeKind change,

        @Description("The item as a bundle would give it after this change (JSON text); null for a retraction.")
        String item,

        String reason) {}
