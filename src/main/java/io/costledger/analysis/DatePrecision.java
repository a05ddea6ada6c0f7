package io.costledger.analysis;

/** How precisely a source states a date (SEMANTICS.md part 3). */
public enum DatePrecision {
    YEAR,
    MONTH,
    DAY
}
