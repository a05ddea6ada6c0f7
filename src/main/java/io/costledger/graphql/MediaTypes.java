package io.costledger.graphql;

import io.costledger.error.ErrorCode;
import io.costledger.error.LedgerException;
import io.costledger.http.JsonBodies;
import java.util.Locale;

/** Which media type a GraphQL request is answered in, and which bodies it may send. */
final class MediaTypes {

    private MediaTypes() {}

    /**
     * {@code application/graphql-response+json} when the client lists it, else {@code application/json} (also when
     * {@code Accept} is missing or a wildcard); a client accepting neither gets 406.
     */
    static String answer(String accept) {
        if (accept == null || accept.isBlank()) {
            return GraphQLEndpoint.JSON;
        }
        boolean json = false;
        for (String range : accept.toLowerCase(Locale.ROOT).split(",")) {
            String type = range.split(";")[0].trim();
            if (range.replace(" ", "").contains(";q=0")
                    && !range.replace(" ", "").matches(".*;q=0\\.0*[1-9].*")) {
                continue;
            }
            if (type.equals(GraphQLEndpoint.GRAPHQL_RESPONSE)) {
                return GraphQLEndpoint.GRAPHQL_RESPONSE;
            }
            json |= type.equals(GraphQLEndpoint.JSON) || type.equals("*/*") || type.equals("application/*");
        }
        if (!json) {
            throw new LedgerException(
                    ErrorCode.NOT_ACCEPTABLE,
                    "/graphql answers in application/json or application/graphql-response+json; the request accepts"
                            + " neither.");
        }
        return GraphQLEndpoint.JSON;
    }

    /** A POST body must be {@code application/json} (UTF-8): anything else is refused with 415. */
    static void requireJson(String contentType) {
        JsonBodies.require(contentType, "POST /graphql");
    }
}
