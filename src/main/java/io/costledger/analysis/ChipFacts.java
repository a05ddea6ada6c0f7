package io.costledger.analysis;

import java.math.BigDecimal;

/**
 * What the amortized method knows of a piece of hardware, its factors defaulted where none was stated.
 *
 * @param kind GPU or TPU; null when unknown (then there is no amortized value)
 * @param tdpWatts one chip's thermal design power; null when unknown
 * @param serverPowerFactor the power one chip's share of a server draws, over the chip's TDP
 * @param serverCostFactor what a server costs per chip, over the chip alone
 */
public record ChipFacts(
        HardwareKind kind, BigDecimal tdpWatts, BigDecimal serverPowerFactor, BigDecimal serverCostFactor) {

    public static final BigDecimal GPU_POWER_FACTOR = new BigDecimal("1.8");
    public static final BigDecimal TPU_POWER_FACTOR = new BigDecimal("1.56");
    public static final BigDecimal COST_FACTOR = new BigDecimal("1.64");

    /** The facts with the defaults of part 3 where a factor is not stated. */
    public static ChipFacts of(
            HardwareKind kind, BigDecimal tdpWatts, BigDecimal serverPowerFactor, BigDecimal serverCostFactor) {
        return new ChipFacts(
                kind,
                tdpWatts,
                serverPowerFactor != null ? serverPowerFactor : defaultPowerFactor(kind),
                serverCostFactor != null ? serverCostFactor : COST_FACTOR);
    }

    /** 1.56 for a TPU, else 1.8. */
    public static BigDecimal defaultPowerFactor(HardwareKind kind) {
        return kind == HardwareKind.TPU ? TPU_POWER_FACTOR : GPU_POWER_FACTOR;
    }
}
