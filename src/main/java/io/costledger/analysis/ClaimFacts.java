package io.costledger.analysis;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Set;

/**
 * What the analysis needs to know about one claim: plain values, referring to other things by key.
 *
 * @param key the claim's key
 * @param model key of the model the claim is about, null for an organization-wide claim
 * @param source key of the source that states it
 * @param sourceKind the kind of its source
 * @param date the claim's date: its own, else its source's publication date; null if neither is known
 * @param included categories the figure covers
 * @param excluded categories the source says it leaves out
 * @param presentedScope the scope the text frames the figure as, or null
 * @param amountLowUsd low end of the stated amount, or null
 * @param amountHighUsd high end of the stated amount, null when unbounded or not stated
 * @param statedGpuHours the GPU-hours the source states, or null ({@link #gpuHours()} also derives them)
 * @param hardware key of the hardware the GPU-hours ran on, or null
 * @param rateUsdPerGpuHour the hourly rate the source used, or null
 * @param cites key of the claim this one repeats, or null
 * @param compute how the compute was done, as the source states it
 * @param capitalExpense the figure is what hardware or a facility cost to buy (SEMANTICS.md part 3)
 * @param amortizedUsd the claim's amortized value (part 3), null without one or when not asked for
 */
public record ClaimFacts(
        String key,
        String model,
        String source,
        SourceKind sourceKind,
        LocalDate date,
        Set<String> included,
        Set<String> excluded,
        String presentedScope,
        BigDecimal amountLowUsd,
        BigDecimal amountHighUsd,
        BigDecimal statedGpuHours,
        String hardware,
        BigDecimal rateUsdPerGpuHour,
        String cites,
        ComputeFacts compute,
        boolean capitalExpense,
        BigDecimal amortizedUsd) {

    /**
     * How a claim's compute was done (SEMANTICS.md part 2, "Compute facts"), each null where the source is silent.
     *
     * @param peakFlopsPerSecond one chip's peak of the claim's hardware, as the ledger knows it
     */
    public record ComputeFacts(
            Integer chipCount,
            BigDecimal durationHours,
            BigDecimal trainingComputeFlop,
            BigDecimal peakFlopsPerSecond) {

        public static final ComputeFacts NONE = new ComputeFacts(null, null, null, null);
    }

    public ClaimFacts {
        included = Set.copyOf(included);
        excluded = Set.copyOf(excluded);
        compute = compute == null ? ComputeFacts.NONE : compute;
    }

    public boolean statesAmount() {
        return amountLowUsd != null || amountHighUsd != null;
    }

    /**
     * The GPU-hours every rule works with: the stated ones, else chipCount x durationHours (rounded half-even to 2
     * decimals); null when neither is known.
     */
    public BigDecimal gpuHours() {
        return statedGpuHours != null
                ? statedGpuHours
                : Compute.derivedGpuHours(compute.chipCount(), compute.durationHours());
    }

    /** Whether {@link #gpuHours()} is chipCount x durationHours rather than stated. */
    public boolean gpuHoursDerived() {
        return statedGpuHours == null && gpuHours() != null;
    }

    /** trainingComputeFlop / (gpuHours x 3600 x peak), rounded half-even to 4 decimals; null unless all are known. */
    public BigDecimal impliedUtilization() {
        return Compute.impliedUtilization(compute.trainingComputeFlop(), gpuHours(), compute.peakFlopsPerSecond());
    }

    /** The coverage of one category: included, excluded, or (the source is silent) unstated. */
    public Coverage coverageOf(String category) {
        if (included.contains(category)) {
            return Coverage.INCLUDED;
        }
        return excluded.contains(category) ? Coverage.EXCLUDED : Coverage.UNSTATED;
    }
}
