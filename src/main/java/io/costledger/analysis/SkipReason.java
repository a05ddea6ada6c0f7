package io.costledger.analysis;

/** Why a scoped total left a claim out, checked in this order. */
public enum SkipReason {
    OUTSIDE_SCOPE,
    FLAGGED,
    UNPRICED,
    OVERLAP
}
