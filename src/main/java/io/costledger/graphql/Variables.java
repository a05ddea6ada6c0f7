package io.costledger.graphql;

import com.fasterxml.jackson.databind.JsonNode;
import graphql.execution.RawVariables;
import graphql.language.NonNullType;
import graphql.language.OperationDefinition;
import graphql.language.Type;
import graphql.language.TypeName;
import graphql.language.VariableDefinition;
import io.costledger.error.ErrorCode;
import io.costledger.error.LedgerException;

/**
 * A request's variables, strictly: an {@code Int} variable takes a JSON integer only ({@code "5"} and {@code 1e9} are
 * refused, not converted). graphql-java coerces the rest to the types the operation declares when the query is
 * measured ({@link QueryCost}); what it refuses is {@code INVALID_VARIABLES} too.
 */
final class Variables {

    private Variables() {}

    static RawVariables of(OperationDefinition operation, GraphQLRequest request) {
        for (VariableDefinition definition : operation.getVariableDefinitions()) {
            JsonNode value = request.variables().get(definition.getName());
            if (value != null && !value.isNull() && isInt(definition.getType()) && !value.isIntegralNumber()) {
                throw invalid("Variable '" + definition.getName() + "' must be an Int, a JSON integer.");
            }
        }
        return RawVariables.of(request.variableValues());
    }

    private static boolean isInt(Type<?> type) {
        Type<?> inner = type instanceof NonNullType nonNull ? nonNull.getType() : type;
        return inner instanceof TypeName name && name.getName().equals("Int");
    }

    static LedgerException invalid(String message) {
        return new LedgerException(ErrorCode.INVALID_VARIABLES, message);
    }
}
