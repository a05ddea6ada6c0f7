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

    /** A POST body must be {@code application/json} (UTF-8): anything else is refused with 415. */
    static void requireJson(String contentType) {
        String type =
                contentType == null ? "" : contentType.split(";")[0].trim().toLowerCase(Locale.ROOT);
        String charset =
                contentType == null || !contentType.toLowerCase(Locale.ROOT).contains("charset=")
                        ? "utf-8"
                        : contentType
                                .toLowerCase(Locale.ROOT)
                                .replaceAll(".*charset=\"?([^\";]+).*", "$1")
                                .trim();
        if (!type.equals(GraphQLEndpoint.JSON) || !charset.equals("utf-8")) {
            throw new LedgerException(
                    ErrorCode.UNSUPPORTED_MEDIA_TYPE,
                    "POST /graphql takes an application/json body in UTF-8"
                            + (type.isEmpty() ? "; the request names no Content-Type." : "."));
        }
    }
}
