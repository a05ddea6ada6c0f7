package io.costledger.graphql;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.costledger.error.ErrorCode;
import io.costledger.error.LedgerException;
import java.util.Map;

/**
 * One GraphQL request as the GraphQL-over-HTTP specification defines it: a document, an optional operation name and
 * optional variables (a JSON object, kept as sent so that their types can be checked exactly).
 */
public record GraphQLRequest(String query, String operationName, ObjectNode variables) {

    private static final ObjectMapper MAPPER =
            new ObjectMapper().enable(com.fasterxml.jackson.databind.DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

    /** The request in a POST body (already read as JSON) or in GET parameters (each its own JSON text). */
    public static GraphQLRequest of(JsonNode body) {
        if (!body.isObject()) {
            throw invalid(
                    body.isArray()
                            ? "a batch (a JSON array) of requests is not supported; send one request per POST"
                            : "the body must be a JSON object with \"query\"");
        }
        JsonNode query = body.get("query");
        if (query == null || !query.isTextual() || query.textValue().isBlank()) {
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
                query.textValue(),
                operation == null || operation.isNull() ? null : operation.textValue(),
                variables == null || variables.isNull() ? MAPPER.createObjectNode() : (ObjectNode) variables);
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
