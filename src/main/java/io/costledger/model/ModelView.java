package io.costledger.model;

import io.costledger.organization.OrganizationView;
import java.time.LocalDate;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

/** A model as the API shows it, with its organization read in the same statement. */
@Type("Model")
public record ModelView(
        @Ignore long id,
        @NonNull String key,
        @NonNull String name,
        @NonNull OrganizationView organization,
        LocalDate releasedOn,
        @Ignore Long baseModelId) {

    public long organizationId() {
        return organization.id();
    }

    /** A row is its id. */
    @Override
    public boolean equals(Object other) {
        return other instanceof ModelView that && id == that.id;
    }

    @Override
    public int hashCode() {
        return Long.hashCode(id);
    }
}
