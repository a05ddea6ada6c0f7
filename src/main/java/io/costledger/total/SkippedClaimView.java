package io.costledger.total;

import io.costledger.analysis.SkipReason;
import io.costledger.claim.ClaimView;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

@Type("SkippedClaim")
public record SkippedClaimView(
        @NonNull ClaimView claim,
        @NonNull SkipReason reason,

        @Description("For OVERLAP: the first taken claim that already covers one of its categories.")
        ClaimView byClaim) {}
