package io.costledger.paging;

/** Where a page ends and whether more follow. */
public record PageInfo(boolean hasNextPage, String endCursor) {}
