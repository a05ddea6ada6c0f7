package io.costledger.analysis;

/** How an hourly hardware rate was obtained. */
public enum RateKind {
    NOTIONAL,
    ON_DEMAND,
    COMMITTED_1Y,
    COMMITTED_3Y
}
