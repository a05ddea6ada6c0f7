package io.costledger.security;

import io.costledger.api.LedgerException;
import io.smallrye.graphql.api.ErrorCode;

/** A write without the researcher's credentials, or with wrong ones. Nothing was written. */
@ErrorCode("UNAUTHORIZED")
public class NotAuthorizedException extends LedgerException {

    public NotAuthorizedException(String message) {
        super(message);
    }
}
