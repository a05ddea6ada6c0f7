package io.costledger.analysis;

/** Why a scoped total left a claim out, checked in this order. */
public enum SkipReason {
    /** A purchase price of hardware or facilities, never added to running costs (SEMANTICS.md part 3). */
    CAPITAL_EXPENSE,
    OUTSIDE_SCOPE,
    FLAGGED,
    UNPRICED,
    OVERLAP
}
