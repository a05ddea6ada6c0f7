package io.costledger.claim;

import io.costledger.analysis.QuoteCheck;
import io.costledger.analysis.SourceKind;
import io.costledger.date.PartialDateView;
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
 * A claim as the API shows it, with its model, organization, source, hardware and stated coverage, read for a whole
 * batch of claims at once ({@link ClaimQueries}). Its flags are {@link ClaimFindings}, read for a batch when a query
 * asks for them.
 *
 * @param gpuHours the GPU-hours the source states, else chipCount x durationHours
 * @param included the codes of the categories the claim includes, in position order
 * @param excluded the codes of the categories its source says it leaves out, in position order
 * @param ruleDay the day the claim's date counts as for rules: its own date's rule day, else its source's
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

        @Deprecated
        @Description("The first day of the claim's date: its own, else its source's publication date (ISO-8601). Use"
                + " stated: it keeps the date's precision.")
        LocalDate statedOn,

        @Description("The date the claim states, as precise as it states it; null when it states none (rules then take"
                + " its source's).")
        PartialDateView stated,

        @Description("How the quote was checked.") @NonNull QuoteCheck quoteCheck,

        @Description("The figure is what hardware or a facility cost to buy, not a cost of training.")
        boolean capitalExpense,

        BigDecimal amountLowUsd,
        BigDecimal amountHighUsd,
        BigDecimal gpuHours,
        HardwareView hardware,
        BigDecimal rateUsdPerGpuHour,
        boolean rateAssumed,
        Integer chipCount,
        BigDecimal durationHours,
        BigDecimal trainingComputeFlop,

        @Description("True when gpuHours is chipCount x durationHours rather than stated.")
        boolean gpuHoursDerived,

        @Description("trainingComputeFlop / (gpuHours x 3600 x the hardware's peakFlopsPerSecond), rounded to 4"
                + " decimals; null unless all three are known. Above 1, the figures cannot all be right.")
        BigDecimal impliedUtilization,

        @Ignore String presentedScopeCode,
        @Ignore Long citesId,
        @Ignore String citesKey,
        @Ignore List<String> included,
        @Ignore List<String> excluded,
        @Ignore LocalDate ruleDay) {

    /** This claim with its model and source; a claim without a date of its own takes its source's. */
    ClaimView with(ModelView model, SourceView source) {
        return new ClaimView(
                id,
                key,
                model,
                organization,
                source,
                quote,
                locator,
                notes,
                statedOn != null ? statedOn : source.publishedOn(),
                stated,
                quoteCheck,
                capitalExpense,
                amountLowUsd,
                amountHighUsd,
                gpuHours,
                hardware,
                rateUsdPerGpuHour,
                rateAssumed,
                chipCount,
                durationHours,
                trainingComputeFlop,
                gpuHoursDerived,
                impliedUtilization,
                presentedScopeCode,
                citesId,
                citesKey,
                included,
                excluded,
                ruleDay != null ? ruleDay : source.publishedRuleDay());
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
