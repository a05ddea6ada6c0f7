package io.costledger.bundle;

import io.costledger.claim.ClaimView;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

@Type("LoadReport")
@Description("What a load did: every item of the bundle counted once as created, updated or unchanged.")
public record LoadReportView(
        int created,
        int updated,
        int unchanged,

        @Description("The bundle's claims as stored, with their flags.") @NonNull
        List<@NonNull ClaimView> claims) {}
