package io.costledger.bundle;

import io.costledger.api.ApiErrors;
import io.costledger.api.FieldBatches;
import io.costledger.claim.ClaimQueries;
import io.costledger.claim.ClaimView;
import io.costledger.security.WriteAccess;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

@GraphQLApi
@ApiErrors.Guarded
public class BundleGraphQL {

    @Inject
    WriteAccess access;

    @Inject
    BundleService bundles;

    @Inject
    ClaimQueries claims;

    @Inject
    FieldBatches batches;

    @Mutation("loadBundle")
    @Description("Creates or updates everything in the bundle by key, all or nothing. Needs the researcher role.")
    public @NonNull LoadReportView loadBundle(@NonNull @Name("bundle") Bundle bundle) {
        return load(ParsedBundle.of(bundle));
    }

    /**
     * Loads a bundle whose argument value had fields of the wrong type ({@link BundleArgumentGuard}), so that those
     * are reported with every other problem.
     */
    public LoadReportView load(ParsedBundle bundle) {
        access.requireResearcher();
        LoadResult result = bundles.load(bundle);
        Map<Long, ClaimView> stored = claims.byIds(result.claimIds());
        List<ClaimView> loaded = batches.fetched(
                ClaimView.class, result.claimIds().stream().map(stored::get).toList());
        return new LoadReportView(result.created(), result.updated(), result.unchanged(), loaded);
    }
}
