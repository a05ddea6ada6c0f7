package io.costledger.graphql;

import graphql.GraphQLContext;
import graphql.execution.CoercedVariables;
import graphql.language.StringValue;
import graphql.language.Value;
import graphql.schema.Coercing;
import graphql.schema.CoercingParseLiteralException;
import graphql.schema.CoercingParseValueException;
import graphql.schema.CoercingSerializeException;
import graphql.schema.GraphQLScalarType;
import graphql.schema.GraphQLSchema;
import graphql.schema.GraphQLSchemaElement;
import graphql.schema.GraphQLTypeVisitorStub;
import graphql.schema.SchemaTransformer;
import graphql.util.TraversalControl;
import graphql.util.TraverserContext;
import io.costledger.json.InputChecks;
import java.time.LocalDate;
import java.util.Locale;

/**
 * The {@code Date} scalar, strictly: an ISO-8601 day ({@code 2024-02-29}) of the years 0001 to 9999, never a date and
 * time ({@code 2024-02-29T00:00}), a year 0000 or a negative year, which SmallRye's scalar of the same name takes.
 * It takes the place of SmallRye's when the engine is built ({@link #coerce}); name and description stay as published.
 */
final class StrictDate implements Coercing<Object, String> {

    static final String NAME = "Date";

    /**
     * The schema with the scalars of these names coerced this way ({@code Date} and {@code BigDecimal}), name and
     * description as SmallRye generated them.
     */
    static GraphQLSchema coerce(GraphQLSchema schema, java.util.Map<String, Coercing<?, ?>> coercings) {
        return SchemaTransformer.transformSchema(schema, new GraphQLTypeVisitorStub() {
            @Override
            public TraversalControl visitGraphQLScalarType(
                    GraphQLScalarType scalar, TraverserContext<GraphQLSchemaElement> context) {
                Coercing<?, ?> coercing = coercings.get(scalar.getName());
                return coercing == null
                        ? TraversalControl.CONTINUE
                        : changeNode(context, scalar.transform(builder -> builder.coercing(coercing)));
            }
        });
    }

    @Override
    public String serialize(Object value, GraphQLContext context, Locale locale) {
        if (value instanceof LocalDate day) {
            return day.toString();
        }
        if (value instanceof Unchecked unchecked) {
            return unchecked.text();
        }
        if (value instanceof String text) {
            return text;
        }
        throw new CoercingSerializeException(
                "A Date is a LocalDate, not a " + value.getClass().getSimpleName());
    }

    @Override
    public Object parseValue(Object input, GraphQLContext context, Locale locale) {
        if (!(input instanceof String text)) {
            throw new CoercingParseValueException("A Date is a string, YYYY-MM-DD");
        }
        try {
            return InputChecks.date(text);
        } catch (IllegalArgumentException refused) {
            // kept as sent: a bundle reports it as a problem of its item and field, an argument refuses it by name
            return new Unchecked(text, "A Date " + refused.getMessage());
        }
    }

    /**
     * A variable's text that is not a date, kept so that what receives it says so in its own terms: a bundle (which
     * reads it as JSON text) as a problem of the field, any other argument as {@code INVALID_ARGUMENT}.
     */
    record Unchecked(
            @com.fasterxml.jackson.annotation.JsonValue String text, String problem) {}

    @Override
    public LocalDate parseLiteral(Value<?> input, CoercedVariables variables, GraphQLContext context, Locale locale) {
        if (!(input instanceof StringValue text)) {
            throw new CoercingParseLiteralException("A Date is a string, YYYY-MM-DD");
        }
        try {
            return InputChecks.date(text.getValue());
        } catch (IllegalArgumentException refused) {
            throw new CoercingParseLiteralException("A Date " + refused.getMessage());
        }
    }

    @Override
    public Value<?> valueToLiteral(Object input, GraphQLContext context, Locale locale) {
        return StringValue.newStringValue(serialize(input, context, locale)).build();
    }
}
