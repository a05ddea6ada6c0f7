package io.costledger.http;

import io.costledger.error.ErrorCode;
import io.costledger.error.LedgerException;
import java.util.Locale;

/**
 * Bodies are {@code application/json} in UTF-8, said so by {@code Content-Type}: anything else, a missing type
 * included, is refused with 415 (so that no page of another site can send one as a form). A header that names the
 * type twice ({@code application/json, application/json}, as a browser joins a page's header with its client's) is
 * the same type.
 */
public final class JsonBodies {

    private JsonBodies() {}

    /** Refuses the body of {@code what} ("POST /graphql") unless its type is JSON in UTF-8. */
    public static void require(String contentType, String what) {
        if (contentType == null || contentType.isBlank()) {
            throw unsupported(what, "; the request names no Content-Type.");
        }
        for (String named : contentType.split(",")) {
            String lower = named.toLowerCase(Locale.ROOT);
            String type = lower.split(";")[0].trim();
            String charset = lower.contains("charset=")
                    ? lower.replaceAll(".*charset=\"?([^\";]+).*", "$1").trim()
                    : "utf-8";
            if (!type.equals("application/json") || !charset.equals("utf-8")) {
                throw unsupported(what, type.isEmpty() ? "; the request names no Content-Type." : ".");
            }
        }
    }

    private static LedgerException unsupported(String what, String end) {
        return new LedgerException(
                ErrorCode.UNSUPPORTED_MEDIA_TYPE, what + " takes an application/json body in UTF-8" + end);
    }
}
