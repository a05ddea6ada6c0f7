package io.costledger.claim;

import io.costledger.analysis.SourceKind;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

/** A claim as the API shows it; the ignored components are what its field resolvers and the analysis need. */
@Type("Claim")
public record ClaimView(
        @Ignore long id,
        @NonNull String key,
        @Ignore Long modelId,
        @Ignore String modelKey,
        @Ignore long organizationId,
        @Ignore long sourceId,
        @Ignore SourceKind sourceKind,
        @NonNull String quote,
        String locator,

        @Description("The ledger's note on how the figure was read from the source.")
        String notes,

        @Description("The date of the claim: its own, else its source's publication date.")
        LocalDate statedOn,

        BigDecimal amountLowUsd,
        BigDecimal amountHighUsd,
        BigDecimal gpuHours,
        @Ignore Long hardwareId,
        @Ignore String hardwareKey,
        BigDecimal rateUsdPerGpuHour,
        boolean rateAssumed,
        @Ignore String presentedScopeCode,
        @Ignore Long citesId,
        @Ignore String citesKey) {

    /**
     * The select list {@link ClaimView}'s constructor takes, for a claim aliased {@code c} joined to its source
     * {@code s} and left-joined to its model {@code m}, hardware {@code h}, presented scope {@code ps} and cited
     * claim {@code ct}.
     */
    static final String COLUMNS = "c.id, c.key, m.id, m.key, c.organization.id, s.id, s.kind, c.quote, c.locator,"
            + " c.notes, coalesce(c.statedOn, s.publishedOn), c.amountLowUsd, c.amountHighUsd, c.gpuHours, h.id, h.key,"
            + " c.rateUsdPerGpuHour, c.rateAssumed, ps.code, ct.id, ct.key";

    static final String FROM = " from Claim c join c.source s left join c.model m left join c.hardware h"
            + " left join c.presentedScope ps left join c.cites ct";
}
