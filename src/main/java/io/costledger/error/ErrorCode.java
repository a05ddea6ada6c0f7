package io.costledger.error;

/**
 * Every error code a client can see, in {@code extensions.code} of a GraphQL error or {@code code} of a REST error,
 * with the HTTP status a REST endpoint (or a GraphQL request refused before execution) answers it with.
 */
public enum ErrorCode {
    /** An argument is out of range, malformed, or names something that does not exist. */
    INVALID_ARGUMENT(400),
    /** The body is not one JSON document, or a request parameter has the wrong JSON type. */
    MALFORMED_JSON(400),
    /** The body is JSON, but not a request of this endpoint (for example {@code variables} that is not an object). */
    INVALID_REQUEST(400),
    /** The GraphQL document does not parse. */
    GRAPHQL_PARSE_FAILED(400),
    /** The GraphQL document does not fit the schema, or names no operation to run. */
    GRAPHQL_VALIDATION_FAILED(400),
    /** A variable's value does not fit its declared type. */
    INVALID_VARIABLES(400),
    /**
     * A persisted id the service does not know (an automatic persisted query it has not seen, or was evicted): send
     * the document with its hash once.
     */
    PERSISTED_QUERY_NOT_FOUND(400),
    /** A persisted query's {@code sha256Hash} is not the SHA-256 hash of the document sent with it. */
    PERSISTED_QUERY_HASH_MISMATCH(400),
    /** With trusted documents on, an anonymous caller sent a document that is not among them. */
    DOCUMENT_NOT_TRUSTED(403),
    /** The query nests fields deeper than the limit. */
    QUERY_TOO_DEEP(400),
    /** The query could return more than the limit allows; its cost is computed before any work is done. */
    QUERY_TOO_COMPLEX(400),
    /** An unpaged list turned out longer than the most it may hold; page through the matching connection instead. */
    LIST_TOO_LONG(400),
    /** The answer would be larger than the response size limit. */
    RESPONSE_TOO_LARGE(400),
    /** The request ran past its time limit and was cancelled. */
    TIMEOUT(503),
    /** A write without the researcher's credentials, or with wrong ones. */
    UNAUTHORIZED(401),
    /** A write sent by a page of another site. */
    FORBIDDEN_ORIGIN(403),
    NOT_FOUND(404),
    /** A mutation sent over GET, or a method the endpoint does not take. */
    METHOD_NOT_ALLOWED(405),
    /** The client accepts no media type the endpoint answers in. */
    NOT_ACCEPTABLE(406),
    /** The body is larger than the body size limit. */
    PAYLOAD_TOO_LARGE(413),
    /** A body that is not {@code application/json}. */
    UNSUPPORTED_MEDIA_TYPE(415),
    /** A bundle with problems; nothing was written. */
    INVALID_BUNDLE(422),
    /**
     * The service is at its limit (every database connection, or every download turn, in use); nothing was written.
     * Try again after {@code Retry-After}.
     */
    SERVICE_BUSY(503),
    /** The database cannot be reached right now; nothing was written. */
    DATABASE_UNAVAILABLE(503),
    /** A failure the caller could not have caused; logged under the error's errorId. */
    INTERNAL_ERROR(500);

    private final int status;

    ErrorCode(int status) {
        this.status = status;
    }

    /** The HTTP status that answers this error where the whole request fails. */
    public int status() {
        return status;
    }
}
