package io.costledger.analysis;

/** What kind of publication a source is. Declaration order is the preference order of scoped totals. */
public enum SourceKind {
    PRIMARY_DISCLOSURE,
    COMPANY_STATEMENT,
    ANALYST_ESTIMATE,
    PRESS,
    OTHER
}
