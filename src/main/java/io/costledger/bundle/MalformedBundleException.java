package io.costledger.bundle;

import io.costledger.api.LedgerException;
import io.smallrye.graphql.api.ErrorCode;

/** The body is not a JSON document at all. */
@ErrorCode("MALFORMED_JSON")
public class MalformedBundleException extends LedgerException {

    public MalformedBundleException(String message) {
        super(message);
    }
}
