package io.costledger.graphql;

import io.costledger.error.ErrorCode;
import io.costledger.error.LedgerException;
import java.util.Collection;

/** The most elements a list field may return; a longer list is an error, never cut short. */
record ListLimit(String coordinate, int max) {

    static final ListLimit NONE = new ListLimit("", Integer.MAX_VALUE);

    Object check(Object value) {
        if (value instanceof Collection<?> list && list.size() > max) {
            throw new LedgerException(
                    ErrorCode.LIST_TOO_LONG,
                    coordinate + " holds " + list.size() + " elements here, more than the " + max
                            + " an unpaged list returns. Query the matching paged list instead (models, claims,"
                            + " sources with a filter).");
        }
        return value;
    }
}
