package io.costledger.analysis;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;
import java.util.Optional;

/**
 * A claim's value in USD (SEMANTICS.md part 2): a low end and a high end, the high null when unbounded; a point when
 * both are equal. Two values conflict when one lies more than a factor 2 away from the other.
 */
public record ValueRange(BigDecimal low, BigDecimal high) {

    private static final BigDecimal TWO = BigDecimal.valueOf(2);

    public ValueRange {
        Objects.requireNonNull(low, "low");
    }

    public static ValueRange point(BigDecimal usd) {
        return new ValueRange(usd, usd);
    }

    /**
     * The factor between this value and another when they conflict (aL > 2 x bH or bL > 2 x aH; an unbounded high is
     * never below anything, a high of 0 is below any positive low), else empty. The factor is the larger of aL / bH
     * and bL / aH over the terms whose denominator is positive and bounded, rounded half-even to 2 decimals; a
     * conflict without such a term has no factor ({@link Conflict#factor()} null).
     */
    public Optional<Conflict> conflictWith(ValueRange other) {
        boolean conflict = above(low, other.high) || above(other.low, high);
        if (!conflict) {
            return Optional.empty();
        }
        BigDecimal factor = larger(ratio(low, other.high), ratio(other.low, high));
        return Optional.of(new Conflict(factor));
    }

    /** A conflict between two values, and the factor between them (null when no ratio of the two is defined). */
    public record Conflict(BigDecimal factor) {}

    private static boolean above(BigDecimal low, BigDecimal otherHigh) {
        return otherHigh != null && low.compareTo(otherHigh.multiply(TWO)) > 0;
    }

    private static BigDecimal ratio(BigDecimal low, BigDecimal otherHigh) {
        if (otherHigh == null || otherHigh.signum() <= 0) {
            return null;
        }
        // rounding is monotonic: the larger of two rounded terms is the larger term rounded
        return low.divide(otherHigh, 2, RoundingMode.HALF_EVEN);
    }

    private static BigDecimal larger(BigDecimal a, BigDecimal b) {
        if (a == null) {
            return b;
        }
        return b == null || a.compareTo(b) >= 0 ? a : b;
    }
}
