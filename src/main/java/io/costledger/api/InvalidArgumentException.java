package io.costledger.api;

import io.smallrye.graphql.api.ErrorCode;

/** An argument of a query is out of range, malformed, or names something that does not exist. */
@ErrorCode("INVALID_ARGUMENT")
public class InvalidArgumentException extends LedgerException {

    public InvalidArgumentException(String message) {
        super(message);
    }
}
