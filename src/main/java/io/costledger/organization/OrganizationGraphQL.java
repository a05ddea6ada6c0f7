package io.costledger.organization;

import io.costledger.api.ApiErrors;
import io.costledger.api.Batches;
import io.costledger.api.FieldBatches;
import io.costledger.claim.ClaimQueries;
import io.costledger.claim.ClaimView;
import io.costledger.model.ModelQueries;
import io.costledger.model.ModelView;
import jakarta.inject.Inject;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Source;

@GraphQLApi
@ApiErrors.Guarded
public class OrganizationGraphQL {

    @Inject
    FieldBatches batches;

    @Inject
    OrganizationQueries organizations;

    @Inject
    ModelQueries models;

    @Inject
    ClaimQueries claims;

    @Query("organizations")
    @Description("Every organization, by key.")
    public @NonNull List<@NonNull OrganizationView> organizations() {
        return organizations.all();
    }

    @Query("organization")
    @Description("The organization with this key, or null.")
    public OrganizationView organization(@NonNull @Name("key") String key) {
        return organizations.byKey(key).orElse(null);
    }

    @Name("models")
    @Description("The organization's models, by key.")
    public List<@NonNull List<@NonNull ModelView>> models(@Source List<OrganizationView> page) {
        return Batches.group(
                page,
                OrganizationView::id,
                batches.fetched(ModelView.class, models.byOrganizationIds(Batches.ids(page, OrganizationView::id))),
                ModelView::organizationId);
    }

    @Name("claims")
    @Description("Every claim about the organization or its models, by key.")
    public List<@NonNull List<@NonNull ClaimView>> claims(@Source List<OrganizationView> page) {
        return Batches.group(
                page,
                OrganizationView::id,
                batches.fetched(ClaimView.class, claims.ofOrganizations(Batches.ids(page, OrganizationView::id))),
                ClaimView::organizationId);
    }
}
