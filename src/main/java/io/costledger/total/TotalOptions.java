package io.costledger.total;

import io.costledger.analysis.RateKind;

/** The arguments of a scoped total; the booleans default to false. */
public record TotalOptions(String scope, Boolean includeLineage, Boolean includeFlagged, RateKind rateKind) {

    boolean lineage() {
        return Boolean.TRUE.equals(includeLineage);
    }

    boolean flagged() {
        return Boolean.TRUE.equals(includeFlagged);
    }
}
