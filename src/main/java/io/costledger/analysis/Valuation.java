package io.costledger.analysis;

import java.math.BigDecimal;

/**
 * What a claim is worth in a scoped total.
 *
 * @param lowUsd the low end
 * @param highUsd the high end, null when unbounded
 * @param derived true when the ledger computed the figure rather than the source stating it as an amount
 */
public record Valuation(BigDecimal lowUsd, BigDecimal highUsd, boolean derived) {

    static Valuation exact(BigDecimal usd) {
        return new Valuation(usd, usd, true);
    }
}
