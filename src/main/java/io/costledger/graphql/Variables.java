package io.costledger.graphql;

import com.fasterxml.jackson.databind.JsonNode;
import graphql.GraphQLContext;
import graphql.GraphQLError;
import graphql.execution.CoercedVariables;
import graphql.execution.RawVariables;
import graphql.execution.ValuesResolver;
import graphql.language.NonNullType;
import graphql.language.OperationDefinition;
import graphql.language.Type;
import graphql.language.TypeName;
import graphql.language.VariableDefinition;
import graphql.schema.GraphQLSchema;
import io.costledger.error.ErrorCode;
import io.costledger.error.LedgerException;
import java.util.Locale;
import java.util.Map;

/**
 * Coerces a request's variables to the types the operation declares, strictly: an {@code Int} variable takes a JSON
 * integer only ({@code "5"} and {@code 1e9} are refused, not converted).
 */
final class Variables {

    private Variables() {}

    static CoercedVariables coerce(GraphQLSchema schema, OperationDefinition operation, GraphQLRequest request) {
        for (VariableDefinition definition : operation.getVariableDefinitions()) {
            JsonNode value = request.variables().get(definition.getName());
            if (value != null && !value.isNull() && isInt(definition.getType()) && !value.isIntegralNumber()) {
                throw invalid("Variable '" + definition.getName() + "' must be an Int, a JSON integer.");
            }
        }
        try {
            Map<String, Object> values = request.variableValues();
            return ValuesResolver.coerceVariableValues(
                    schema,
                    operation.getVariableDefinitions(),
                    RawVariables.of(values),
                    GraphQLContext.getDefault(),
                    Locale.ROOT);
        } catch (RuntimeException e) {
            if (e instanceof GraphQLError error) {
                throw invalid(GraphQLErrors.clean(error.getMessage()));
            }
            throw e;
        }
    }

    private static boolean isInt(Type<?> type) {
        Type<?> inner = type instanceof NonNullType nonNull ? nonNull.getType() : type;
        return inner instanceof TypeName name && name.getName().equals("Int");
    }

    private static LedgerException invalid(String message) {
        return new LedgerException(ErrorCode.INVALID_VARIABLES, message);
    }
}
