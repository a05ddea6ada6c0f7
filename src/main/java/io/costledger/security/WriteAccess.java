package io.costledger.security;

import io.costledger.error.ErrorCode;
import io.costledger.error.LedgerException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Guards every write: only the researcher's credentials (HTTP Basic, sent up front as {@code curl -u} does) may
 * load. A refusal never challenges with {@code WWW-Authenticate: Basic}, so browsers neither prompt for credentials
 * nor attach cached ones to requests of other sites' pages.
 */
@ApplicationScoped
public class WriteAccess {

    /** The scheme named in a 401's {@code WWW-Authenticate}: not Basic, so browsers keep out of it. */
    public static final String CHALLENGE = "Ledger realm=\"Cost Ledger writes\"";

    @Inject
    ResearcherCredentials credentials;

    /** Throws {@code UNAUTHORIZED} unless {@code authorization} carries the researcher's credentials. */
    public void requireResearcher(String authorization) {
        boolean researcher = credentials
                .matchesHeader(authorization)
                .orElseThrow(() -> new LedgerException(
                        ErrorCode.UNAUTHORIZED,
                        "Writing needs the researcher's credentials (HTTP Basic, user researcher); nothing was"
                                + " written."));
        if (!researcher) {
            throw new LedgerException(ErrorCode.UNAUTHORIZED, "Wrong user or password; nothing was written.");
        }
    }
}
