package io.costledger.organization;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

@Type("Organization")
public record OrganizationView(
        @Ignore long id,
        @NonNull String key,
        @NonNull String name,
        String country,

        @Description("Trains in hyperscale data centres of its own (PUE 1.1 in the amortized method).")
        boolean hyperscale) {

    /** A row is its id. */
    @Override
    public boolean equals(Object other) {
        return other instanceof OrganizationView that && id == that.id;
    }

    @Override
    public int hashCode() {
        return Long.hashCode(id);
    }
}
