package io.costledger.paging;

/** Which way a list is sorted; rows without a value come last either way. */
public enum OrderDirection {
    ASC,
    DESC
}
