package io.costledger.api;

import io.smallrye.graphql.api.ErrorCode;

/** The database could not be reached, even after retrying; nothing was written. */
@ErrorCode("DATABASE_UNAVAILABLE")
public class DatabaseUnavailableException extends LedgerException {

    public DatabaseUnavailableException() {
        super("The database is unavailable right now; nothing was written. Try again in a moment.");
    }
}
