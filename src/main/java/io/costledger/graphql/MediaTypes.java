package io.costledger.graphql;

import io.costledger.error.ErrorCode;
import io.costledger.error.LedgerException;
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

    /**
     * A POST body must be {@code application/json} (UTF-8): anything else is refused with 415. A header that names it
     * twice ({@code application/json, application/json}, as a browser joins a page's header with its client's) is
     * the same type.
     */
    static void requireJson(String contentType) {
        if (contentType == null || contentType.isBlank()) {
            throw unsupported("; the request names no Content-Type.");
        }
        for (String named : contentType.split(",")) {
            String lower = named.toLowerCase(Locale.ROOT);
            String type = lower.split(";")[0].trim();
            String charset = lower.contains("charset=")
                    ? lower.replaceAll(".*charset=\"?([^\";]+).*", "$1").trim()
                    : "utf-8";
            if (!type.equals(GraphQLEndpoint.JSON) || !charset.equals("utf-8")) {
                throw unsupported(type.isEmpty() ? "; the request names no Content-Type." : ".");
            }
        }
    }

    private static LedgerException unsupported(String end) {
        return new LedgerException(
                ErrorCode.UNSUPPORTED_MEDIA_TYPE, "POST /graphql takes an application/json body in UTF-8" + end);
    }
}
