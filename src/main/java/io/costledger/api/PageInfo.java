package io.costledger.api;

/** Where a page ends and whether more follow. */
public record PageInfo(boolean hasNextPage, String endCursor) {}
