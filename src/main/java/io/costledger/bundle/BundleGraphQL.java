package io.costledger.bundle;

import io.costledger.bundle.input.BundleInput;
import io.costledger.claim.ClaimView;
import io.costledger.graphql.ItemsOf;
import io.costledger.graphql.MaxItems;
import io.costledger.security.RequestCredentials;
import io.costledger.security.ResearcherCredentials;
import io.costledger.security.WriteAccess;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Source;

@GraphQLApi
@ApplicationScoped
public class BundleGraphQL {

    @Inject
    WriteAccess access;

    @Inject
    RequestCredentials credentials;

    @Inject
    LoadService loads;

    @Mutation("loadBundle")
    @Description("Creates or updates everything in the bundle by key, all or nothing. Needs the researcher role.")
    public @NonNull LoadReport loadBundle(
            @NonNull @Name("bundle") BundleInput bundle,
            @Description("Check and report, including flags, without writing anything.") @Name("dryRun")
                    Boolean dryRun) {
        access.requireResearcher(credentials.authorization());
        return loads.load(bundle.json(), ResearcherCredentials.USER, Boolean.TRUE.equals(dryRun));
    }

    @Name("claims")
    @Description("The bundle's claims as stored, with their flags.")
    @MaxItems(LoadReport.MAX_ITEMS)
    @ItemsOf(argument = "bundle", lists = "claims")
    public @NonNull List<@NonNull ClaimView> claims(@Source LoadReport report) {
        return report.storedClaims();
    }
}
