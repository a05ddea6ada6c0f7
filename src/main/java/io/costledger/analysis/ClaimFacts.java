package io.costledger.analysis;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Set;

/**
 * What the analysis needs to know about one claim: plain values, referring to other things by key.
 *
 * @param key the claim's key
 * @param model key of the model the claim is about, null for an organization-wide claim
 * @param sourceKind the kind of its source
 * @param date the claim's date: its own, else its source's publication date; null if neither is known
 * @param included categories the figure covers
 * @param excluded categories the source says it leaves out
 * @param presentedScope the scope the text frames the figure as, or null
 * @param amountLowUsd low end of the stated amount, or null
 * @param amountHighUsd high end of the stated amount, null when unbounded or not stated
 * @param gpuHours stated GPU-hours, or null
 * @param hardware key of the hardware the GPU-hours ran on, or null
 * @param rateUsdPerGpuHour the hourly rate the source used, or null
 * @param cites key of the claim this one repeats, or null
 */
public record ClaimFacts(
        String key,
        String model,
        SourceKind sourceKind,
        LocalDate date,
        Set<String> included,
        Set<String> excluded,
        String presentedScope,
        BigDecimal amountLowUsd,
        BigDecimal amountHighUsd,
        BigDecimal gpuHours,
        String hardware,
        BigDecimal rateUsdPerGpuHour,
        String cites) {

    public ClaimFacts {
        included = Set.copyOf(included);
        excluded = Set.copyOf(excluded);
    }

    public boolean statesAmount() {
        return amountLowUsd != null || amountHighUsd != null;
    }

    /** The coverage of one category: included, excluded, or (the source is silent) unstated. */
    public Coverage coverageOf(String category) {
        if (included.contains(category)) {
            return Coverage.INCLUDED;
        }
        return excluded.contains(category) ? Coverage.EXCLUDED : Coverage.UNSTATED;
    }
}
