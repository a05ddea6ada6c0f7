package io.costledger.graphql;

/**
 * What the HTTP layer knows of who sent a request.
 *
 * @param viaGet the request came as GET, which never runs a mutation
 * @param foreignOrigin a browser sent it from a page of another site (its {@code Origin} names another origin than
 *     the service's own or a configured one), which may read but never write
 * @param graphqlResponse the client accepts {@code application/graphql-response+json}, so request errors answer
 *     HTTP 4xx rather than 200
 * @param researcher the request carries the researcher's credentials, and may run any document even while trusted
 *     documents are on
 */
public record Caller(boolean viaGet, boolean foreignOrigin, boolean graphqlResponse, boolean researcher) {

    /** A request refused before anything about it was known. */
    static final Caller UNKNOWN = new Caller(false, false, false, false);
}
