package io.costledger.analysis;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A claim's GPU-hours priced as owned hardware plus energy, with what explains it (SEMANTICS.md part 3). Money is
 * rounded half-even to cents, each part on its own and the total once from the unrounded sum.
 *
 * @param usdPerChipHour the rounded total over the GPU-hours, to 6 decimals
 * @param price the price row used
 * @param acquiredOn A: the price row's date
 * @param endedOn E: when the run ended
 * @param trainingStartedOn the day of E 00:00 minus the run's hours
 * @param ageYears the chips' age at the start of the run, in years of 8766 hours, to 4 decimals
 * @param depreciatedUsdPerChip P, to cents
 * @param pue the power usage effectiveness assumed
 * @param usdPerKwh K, the electricity price used
 */
public record AmortizedValue(
        BigDecimal hardwareUsd,
        BigDecimal interconnectUsd,
        BigDecimal energyUsd,
        BigDecimal totalUsd,
        BigDecimal usdPerChipHour,
        ChipPrice price,
        LocalDate acquiredOn,
        LocalDate endedOn,
        LocalDate trainingStartedOn,
        BigDecimal ageYears,
        BigDecimal depreciatedUsdPerChip,
        BigDecimal pue,
        BigDecimal usdPerKwh) {}
