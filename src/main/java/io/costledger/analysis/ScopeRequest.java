package io.costledger.analysis;

/**
 * What a scoped total is asked for.
 *
 * @param scope the scope's code
 * @param includeFlagged take claims with an ERROR flag too
 * @param rateKind when set, price every claim with GPU-hours and hardware at this kind of rate instead of its amount
 */
public record ScopeRequest(String scope, boolean includeFlagged, RateKind rateKind) {}
