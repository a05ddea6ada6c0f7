package io.costledger.graphql;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.costledger.error.ErrorCode;
import io.costledger.error.LedgerException;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * One GraphQL request as the GraphQL-over-HTTP specification defines it: a document, an optional operation name,
 * optional variables (a JSON object, kept as sent so that their types can be checked exactly) and optional
 * extensions. The document may instead be named by a persisted id: an automatic persisted query's
 * {@code extensions.persistedQuery.sha256Hash} (Apollo's protocol), or a trusted document's {@code documentId}.
 */
public record GraphQLRequest(String query, String operationName, ObjectNode variables, String persistedId) {

    private static final ObjectMapper MAPPER =
            new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);
    private static final int LONGEST_ID = 200;
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9:_-]{1," + LONGEST_ID + "}");

    /** The request in a POST body (already read as JSON) or in GET parameters (each its own JSON text). */
    public static GraphQLRequest of(JsonNode body) {
        if (!body.isObject()) {
            throw invalid(
                    body.isArray()
                            ? "a batch (a JSON array) of requests is not supported; send one request per POST"
                            : "the body must be a JSON object with \"query\"");
        }
        String persistedId = persistedId(body);
        JsonNode query = body.get("query");
        boolean noQuery = query == null || query.isNull();
        if (!(noQuery && persistedId != null)
                && (noQuery || !query.isTextual() || query.textValue().isBlank())) {
            throw invalid("\"query\" must be the GraphQL document, as a string");
        }
        JsonNode operation = body.get("operationName");
        if (operation != null && !operation.isNull() && !operation.isTextual()) {
            throw invalid("\"operationName\" must be a string or null");
        }
        JsonNode variables = body.get("variables");
        if (variables != null && !variables.isNull() && !variables.isObject()) {
            throw invalid("\"variables\" must be a JSON object or null");
        }
        return new GraphQLRequest(
                noQuery ? null : query.textValue(),
                operation == null || operation.isNull() ? null : operation.textValue(),
                variables == null || variables.isNull() ? MAPPER.createObjectNode() : (ObjectNode) variables,
                persistedId);
    }

    /**
     * The persisted id the request names, if any: {@code documentId}, or the {@code sha256Hash} of
     * {@code extensions.persistedQuery} (version 1).
     */
    private static String persistedId(JsonNode body) {
        JsonNode extensions = body.get("extensions");
        if (extensions != null && !extensions.isNull() && !extensions.isObject()) {
            throw invalid("\"extensions\" must be a JSON object or null");
        }
        JsonNode documentId = body.get("documentId");
        if (documentId != null
                && !documentId.isNull()
                && (!documentId.isTextual()
                        || !ID.matcher(documentId.textValue()).matches())) {
            throw invalid("\"documentId\" must be a trusted document's id, 1 to " + LONGEST_ID
                    + " letters, digits, ':', '-' or '_'");
        }
        JsonNode persisted = extensions == null ? null : extensions.get("persistedQuery");
        String hash = null;
        if (persisted != null && !persisted.isNull()) {
            JsonNode version = persisted.get("version");
            JsonNode sha256 = persisted.get("sha256Hash");
            if (version == null || !version.isInt() || version.intValue() != 1) {
                throw invalid("\"extensions.persistedQuery.version\" must be 1");
            }
            // a trusted document's id may be another hash (GraphQL Codegen's SHA-1 by default) sent in this field
            if (sha256 == null
                    || !sha256.isTextual()
                    || !ID.matcher(sha256.textValue()).matches()) {
                throw invalid("\"extensions.persistedQuery.sha256Hash\" must be the document's hash, 1 to " + LONGEST_ID
                        + " letters, digits, ':', '-' or '_'");
            }
            hash = sha256.textValue();
        }
        String id = documentId == null || documentId.isNull() ? null : documentId.textValue();
        if (id != null
                && hash != null
                && !ApolloPersistedQueries.hashIn(id).equals(ApolloPersistedQueries.hashIn(hash))) {
            throw invalid("\"documentId\" and \"extensions.persistedQuery.sha256Hash\" name different documents");
        }
        return id != null ? id : hash;
    }

    /** The persisted id the request names, if any. */
    public Optional<String> persisted() {
        return Optional.ofNullable(persistedId);
    }

    /** What identifies the request's document: its text, else its persisted id. */
    String document() {
        return query != null ? query : "persisted:" + persistedId;
    }

    /** The variables as graphql-java takes them: maps, lists, strings, numbers, booleans. */
    @SuppressWarnings("unchecked")
    Map<String, Object> variableValues() {
        return MAPPER.convertValue(variables, Map.class);
    }

    static LedgerException invalid(String reason) {
        return new LedgerException(ErrorCode.INVALID_REQUEST, "This is not a GraphQL request: " + reason + ".");
    }
}
