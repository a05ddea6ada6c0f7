package io.costledger.analysis;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The compute facts of a claim (SEMANTICS.md part 2, "Compute facts"): GPU-hours derived from chips and hours, the
 * utilization its stated compute implies, and whether chips x hours agrees with stated GPU-hours.
 */
public final class Compute {

    private static final BigDecimal SECONDS_PER_HOUR = BigDecimal.valueOf(3600);
    private static final BigDecimal LOWER_BOUND = new BigDecimal("0.9");
    private static final BigDecimal UPPER_BOUND = new BigDecimal("1.1");

    private Compute() {}

    /** chipCount x durationHours, rounded half-even to 2 decimals; null unless both are known. */
    public static BigDecimal derivedGpuHours(Integer chipCount, BigDecimal durationHours) {
        if (chipCount == null || durationHours == null) {
            return null;
        }
        return durationHours.multiply(BigDecimal.valueOf(chipCount)).setScale(2, RoundingMode.HALF_EVEN);
    }

    /**
     * trainingComputeFlop / (gpuHours x 3600 x peakFlopsPerSecond), rounded half-even to 4 decimals; null unless all
     * three are known and the denominator is positive.
     */
    public static BigDecimal impliedUtilization(
            BigDecimal trainingComputeFlop, BigDecimal gpuHours, BigDecimal peakFlopsPerSecond) {
        if (trainingComputeFlop == null || gpuHours == null || peakFlopsPerSecond == null) {
            return null;
        }
        BigDecimal possible = gpuHours.multiply(SECONDS_PER_HOUR).multiply(peakFlopsPerSecond);
        if (possible.signum() <= 0) {
            return null;
        }
        return trainingComputeFlop.divide(possible, 4, RoundingMode.HALF_EVEN);
    }

    /** Whether a utilization (as rounded) is more than the hardware can do. */
    public static boolean implausible(BigDecimal impliedUtilization) {
        return impliedUtilization != null && impliedUtilization.compareTo(BigDecimal.ONE) > 0;
    }

    /**
     * Whether chipCount x durationHours falls outside [gpuHours x 0.9, gpuHours x 1.1] (sources round durations);
     * false unless all three are stated.
     */
    public static boolean chipHoursDisagree(BigDecimal statedGpuHours, Integer chipCount, BigDecimal durationHours) {
        if (statedGpuHours == null || chipCount == null || durationHours == null) {
            return false;
        }
        BigDecimal product = durationHours.multiply(BigDecimal.valueOf(chipCount));
        return product.compareTo(statedGpuHours.multiply(LOWER_BOUND)) < 0
                || product.compareTo(statedGpuHours.multiply(UPPER_BOUND)) > 0;
    }
}
