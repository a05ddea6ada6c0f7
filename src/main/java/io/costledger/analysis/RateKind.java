package io.costledger.analysis;

/** How an hourly hardware rate was obtained. */
public enum RateKind {
    NOTIONAL,
    ON_DEMAND,
    COMMITTED_1Y,
    COMMITTED_3Y,
    /** Computed: owned hardware plus energy (SEMANTICS.md part 3); never a stored rate row. */
    AMORTIZED;

    /** The kinds a rate row may have. */
    public static final RateKind[] STORED = {NOTIONAL, ON_DEMAND, COMMITTED_1Y, COMMITTED_3Y};
}
