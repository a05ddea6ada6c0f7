package io.costledger.total;

import io.costledger.claim.ClaimView;
import io.costledger.hardware.HardwareRateView;
import java.math.BigDecimal;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

/** One claim of a comparison group with its value as the group compares it (the value rule of scoped totals). */
@Type("ComparedValue")
@Description("One claim of a comparison group, with the value the group compares: its stated range, or its"
        + " GPU-hours priced as scoped totals price them.")
public record ComparedValueView(
        @NonNull ClaimView claim,

        @Description("The low end, in USD.") @NonNull BigDecimal lowUsd,

        @Description("The high end, in USD; null when unbounded.")
        BigDecimal highUsd,

        @Description("True when the ledger computed the value from GPU-hours rather than taking a stated amount.")
        boolean derived,

        @Description("The rate row that priced a derived value; null for a stated amount or the claim's own rate.")
        HardwareRateView rate) {}
