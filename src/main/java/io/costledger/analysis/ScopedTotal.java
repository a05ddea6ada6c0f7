package io.costledger.analysis;

import java.math.BigDecimal;
import java.util.List;

/**
 * What the claims about a model (and, if asked, its lineage) add up to for a scope.
 *
 * @param highUsd null when any contribution is unbounded
 * @param lowerBound true when categories are missing or the high end is unbounded
 */
public record ScopedTotal(
        String model,
        String scope,
        BigDecimal lowUsd,
        BigDecimal highUsd,
        List<String> coveredCategories,
        List<String> missingCategories,
        boolean complete,
        boolean lowerBound,
        List<Contribution> contributions,
        List<Skip> skipped) {

    /** A claim taken into the total; {@code rate} is the rate row that priced derived GPU-hours, else null. */
    public record Contribution(
            String claim,
            String model,
            List<String> categories,
            BigDecimal lowUsd,
            BigDecimal highUsd,
            boolean derived,
            HourlyRate rate) {}

    /** A claim left out, and why; {@code byClaim} is the taken claim it overlaps, for OVERLAP only. */
    public record Skip(String claim, SkipReason reason, String byClaim) {}
}
