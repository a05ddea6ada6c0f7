package io.costledger.analysis;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Money is USD in BigDecimal, rounded half-even to cents whenever the ledger computes it. */
public final class Money {

    private Money() {}

    public static BigDecimal cents(BigDecimal usd) {
        return usd.setScale(2, RoundingMode.HALF_EVEN);
    }

    /** A plain rendering for messages: no exponent, no trailing zeros beyond what the value states. */
    public static String plain(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }
}
