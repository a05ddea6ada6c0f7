package io.costledger.graphql;

/**
 * What the HTTP layer knows of who sent a request.
 *
 * @param viaGet the request came as GET, which never runs a mutation
 * @param foreignOrigin a browser sent it from a page of another site (its {@code Origin} names another origin than
 *     the service's own or a configured one), which may read but never write
 * @param graphqlResponse the client accepts {@code application/graphql-response+json}, so request errors answer
 *     HTTP 400 rather than 200
 */
public record Caller(boolean viaGet, boolean foreignOrigin, boolean graphqlResponse) {}
