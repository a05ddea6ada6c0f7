package io.costledger.analysis;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * What a claim is worth, in USD rounded half-even to cents.
 *
 * @param lowUsd the low end
 * @param highUsd the high end, null when unbounded
 * @param derived true when the ledger computed the figure rather than the source stating it as an amount
 * @param rate the hardware rate row that priced derived GPU-hours; null for a stated amount or the claim's own rate
 */
public record Valuation(BigDecimal lowUsd, BigDecimal highUsd, boolean derived, HourlyRate rate) {

    /**
     * The value of a claim, the first of: with {@code rateKind}, its GPU-hours (stated or derived) re-priced at the
     * rate of that kind at the claim's date, or at AMORTIZED its amortized value, its stated amount ignored (no such
     * rate or value: no value); its stated range;
     * its GPU-hours at its own rate; its GPU-hours at the hardware's ON_DEMAND rate at its date. Empty when none
     * applies.
     */
    public static Optional<Valuation> of(ClaimFacts facts, RateKind rateKind, RateBook rates) {
        BigDecimal gpuHours = facts.gpuHours();
        if (facts.capitalExpense()) {
            return stated(facts);
        }
        if (rateKind == RateKind.AMORTIZED && gpuHours != null && facts.hardware() != null) {
            return Optional.ofNullable(facts.amortizedUsd()).map(usd -> new Valuation(usd, usd, true, null));
        }
        if (rateKind != null && gpuHours != null && facts.hardware() != null) {
            return priced(gpuHours, facts.hardware(), rateKind, facts.date(), rates);
        }
        if (facts.statesAmount()) {
            return stated(facts);
        }
        if (gpuHours == null) {
            return Optional.empty();
        }
        if (facts.rateUsdPerGpuHour() != null) {
            BigDecimal usd = Money.cents(gpuHours.multiply(facts.rateUsdPerGpuHour()));
            return Optional.of(new Valuation(usd, usd, true, null));
        }
        return priced(gpuHours, facts.hardware(), RateKind.ON_DEMAND, facts.date(), rates);
    }

    /** The stated range; a capital expense is always valued so, never re-priced (SEMANTICS.md part 3). */
    private static Optional<Valuation> stated(ClaimFacts facts) {
        if (!facts.statesAmount()) {
            return Optional.empty();
        }
        BigDecimal low = Money.cents(Objects.requireNonNullElse(facts.amountLowUsd(), BigDecimal.ZERO));
        BigDecimal high = facts.amountHighUsd() == null ? null : Money.cents(facts.amountHighUsd());
        return Optional.of(new Valuation(low, high, false, null));
    }

    private static Optional<Valuation> priced(
            BigDecimal gpuHours, String hardware, RateKind kind, LocalDate date, RateBook rates) {
        if (hardware == null) {
            return Optional.empty();
        }
        return rates.rateAt(hardware, kind, date).map(rate -> {
            BigDecimal usd = Money.cents(gpuHours.multiply(rate.usdPerGpuHour()));
            return new Valuation(usd, usd, true, rate);
        });
    }

    /** The value as a range, for comparisons. */
    public ValueRange range() {
        return new ValueRange(lowUsd, highUsd);
    }
}
