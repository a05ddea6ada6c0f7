package io.costledger.claim;

import io.costledger.analysis.SourceKind;
import io.costledger.hardware.HardwareView;
import io.costledger.model.ModelView;
import io.costledger.organization.OrganizationView;
import io.costledger.source.SourceView;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

/**
 * A claim as the API shows it. Its model, organization, source and hardware, its stated coverage and its stored flags
 * are read in the same statement as the claim (see {@link #COLUMNS} and {@link StoredClaimFindings}), so that a page
 * of claims costs one statement and no resolver call per claim.
 */
@Type("Claim")
public record ClaimView(
        @Ignore long id,
        @NonNull String key,
        ModelView model,
        @NonNull OrganizationView organization,
        @NonNull SourceView source,
        @NonNull String quote,
        String locator,

        @Description("The ledger's note on how the figure was read from the source.")
        String notes,

        @Description("The date of the claim: its own, else its source's publication date.")
        LocalDate statedOn,

        BigDecimal amountLowUsd,
        BigDecimal amountHighUsd,
        BigDecimal gpuHours,
        HardwareView hardware,
        BigDecimal rateUsdPerGpuHour,
        boolean rateAssumed,
        @Ignore String presentedScopeCode,
        @Ignore Long citesId,
        @Ignore String citesKey,
        @Ignore String storedCoverage,

        @Description("What is misleading or wrong about the claim, derived from it and the claim it cites.") @NonNull
        List<@NonNull FlagView> flags) {

    /**
     * The select list of the flat constructor, for a claim aliased {@code c} joined to its source {@code s} and
     * organization {@code o} and left-joined to its model {@code m}, hardware {@code h}, presented scope {@code ps}
     * and cited claim {@code ct} ({@link #FROM}).
     */
    static final String COLUMNS = "c.id, c.key, m.id, m.key, m.name, m.releasedOn, m.baseModel.id,"
            + " o.id, o.key, o.name, o.country, s.id, s.key, s.title, s.url, s.publisher, s.publishedOn, s.kind,"
            + " c.quote, c.locator, c.notes, coalesce(c.statedOn, s.publishedOn), c.amountLowUsd, c.amountHighUsd,"
            + " c.gpuHours, h.id, h.key, h.name, h.vendor, c.rateUsdPerGpuHour, c.rateAssumed, ps.code, ct.id, ct.key, "
            + StoredClaimFindings.COVERAGE + ", " + StoredClaimFindings.FLAGS;

    static final String FROM = " from Claim c join c.source s join c.organization o left join c.model m"
            + " left join c.hardware h left join c.presentedScope ps left join c.cites ct";

    /** The row of {@link #COLUMNS}. */
    @SuppressWarnings("java:S107") // one parameter a selected column
    public ClaimView(
            long id,
            String key,
            Long modelId,
            String modelKey,
            String modelName,
            LocalDate modelReleasedOn,
            Long modelBaseId,
            long organizationId,
            String organizationKey,
            String organizationName,
            String organizationCountry,
            long sourceId,
            String sourceKey,
            String sourceTitle,
            String sourceUrl,
            String sourcePublisher,
            LocalDate sourcePublishedOn,
            SourceKind sourceKind,
            String quote,
            String locator,
            String notes,
            LocalDate statedOn,
            BigDecimal amountLowUsd,
            BigDecimal amountHighUsd,
            BigDecimal gpuHours,
            Long hardwareId,
            String hardwareKey,
            String hardwareName,
            String hardwareVendor,
            BigDecimal rateUsdPerGpuHour,
            boolean rateAssumed,
            String presentedScopeCode,
            Long citesId,
            String citesKey,
            String storedCoverage,
            String storedFlags) {
        this(
                id,
                key,
                modelId == null
                        ? null
                        : new ModelView(
                                modelId,
                                modelKey,
                                modelName,
                                new OrganizationView(
                                        organizationId, organizationKey, organizationName, organizationCountry),
                                modelReleasedOn,
                                modelBaseId),
                new OrganizationView(organizationId, organizationKey, organizationName, organizationCountry),
                new SourceView(
                        sourceId, sourceKey, sourceTitle, sourceUrl, sourcePublisher, sourcePublishedOn, sourceKind),
                quote,
                locator,
                notes,
                statedOn,
                amountLowUsd,
                amountHighUsd,
                gpuHours,
                hardwareId == null ? null : new HardwareView(hardwareId, hardwareKey, hardwareName, hardwareVendor),
                rateUsdPerGpuHour,
                rateAssumed,
                presentedScopeCode,
                citesId,
                citesKey,
                storedCoverage,
                StoredClaimFindings.flags(storedFlags).stream()
                        .map(FlagView::of)
                        .toList());
    }

    public Long modelId() {
        return model == null ? null : model.id();
    }

    public String modelKey() {
        return model == null ? null : model.key();
    }

    public long organizationId() {
        return organization.id();
    }

    public long sourceId() {
        return source.id();
    }

    public SourceKind sourceKind() {
        return source.kind();
    }

    public String hardwareKey() {
        return hardware == null ? null : hardware.key();
    }

    /** A row is its id: cheap to hash however long its text. */
    @Override
    public boolean equals(Object other) {
        return other instanceof ClaimView that && id == that.id;
    }

    @Override
    public int hashCode() {
        return Long.hashCode(id);
    }
}
