package io.costledger.organization;

import io.costledger.graphql.MaxItems;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;

@GraphQLApi
@ApplicationScoped
public class OrganizationGraphQL {

    /** The most organizations the unpaged list returns. */
    static final int MAX_ORGANIZATIONS = 1_000;

    @Inject
    OrganizationQueries organizations;

    @Query("organizations")
    @Description("Every organization, by key.")
    @MaxItems(MAX_ORGANIZATIONS)
    public @NonNull List<@NonNull OrganizationView> organizations() {
        return organizations.all();
    }

    @Query("organization")
    @Description("The organization with this key, or null.")
    public OrganizationView organization(@NonNull @Name("key") String key) {
        return organizations.byKey(key).orElse(null);
    }
}
