package io.costledger.security;

import io.vertx.core.http.HttpServerRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Guards the GraphQL write. Reads are public, so the GraphQL endpoint never asks Quarkus to authenticate (that would
 * answer wrong credentials with a bare HTTP 401); the mutation checks the Basic credentials itself and answers with
 * a GraphQL error.
 */
@ApplicationScoped
public class WriteAccess {

    @Inject
    HttpServerRequest request;

    @Inject
    ResearcherCredentials credentials;

    /** Throws unless the request carries the researcher's credentials. */
    public void requireResearcher() {
        boolean researcher = credentials
                .matchesHeader(request.getHeader("Authorization"))
                .orElseThrow(
                        () -> new NotAuthorizedException(
                                "Writing needs the researcher's credentials (HTTP Basic, user researcher); nothing was written."));
        if (!researcher) {
            throw new NotAuthorizedException("Wrong user or password; nothing was written.");
        }
    }
}
