package io.costledger.api;

import io.smallrye.graphql.api.ErrorCode;

/** Something failed that the caller could not have caused; the cause is logged under {@link #errorId()}. */
@ErrorCode("INTERNAL_ERROR")
public class UnexpectedErrorException extends LedgerException {

    private final String errorId;

    public UnexpectedErrorException(String errorId) {
        super("Unexpected error; it was logged under errorId " + errorId + ".");
        this.errorId = errorId;
    }

    public String errorId() {
        return errorId;
    }
}
