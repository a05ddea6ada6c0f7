package io.costledger.organization;

import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

@Type("Organization")
public record OrganizationView(
        @Ignore long id, @NonNull String key, @NonNull String name, String country) {

    /** The select list {@link OrganizationView}'s constructor takes, for an organization aliased {@code o}. */
    static final String COLUMNS = "o.id, o.key, o.name, o.country";
}
