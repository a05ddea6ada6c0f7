package io.costledger.total;

import io.costledger.claim.ClaimView;
import io.costledger.graphql.MaxItems;
import io.costledger.hardware.HardwareRateView;
import io.costledger.model.ModelView;
import io.costledger.taxonomy.TaxonomyCatalog;
import java.math.BigDecimal;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

@Type("Contribution")
public record ContributionView(
        @NonNull ClaimView claim,

        @Description("The model of the part the claim was taken for.") @NonNull
        ModelView model,

        @MaxItems(TaxonomyCatalog.MAX_CATEGORIES) @NonNull List<@NonNull String> categories,
        @NonNull BigDecimal lowUsd,
        BigDecimal highUsd,

        @Description("True when the ledger computed the figure from GPU-hours rather than taking a stated amount.")
        boolean derived,

        @Description("The rate row that priced a derived contribution; null for a stated amount or the claim's own"
                + " rate.")
        HardwareRateView rate) {}
