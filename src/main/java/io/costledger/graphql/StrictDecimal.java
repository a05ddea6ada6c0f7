package io.costledger.graphql;

import graphql.GraphQLContext;
import graphql.execution.CoercedVariables;
import graphql.language.FloatValue;
import graphql.language.IntValue;
import graphql.language.Value;
import graphql.parser.ParsingListener;
import graphql.schema.Coercing;
import graphql.schema.CoercingParseLiteralException;
import graphql.schema.CoercingParseValueException;
import graphql.schema.CoercingSerializeException;
import io.costledger.error.LedgerException;
import io.costledger.json.InputChecks;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Locale;

/**
 * The {@code BigDecimal} scalar, read without ever writing a number out: a variable may be a JSON number or a string
 * holding one (as clients send amounts that a double would round), at most {@link #LONGEST} characters, and within a
 * thousand digits either side of the decimal point ({@link InputChecks#measurable}); each argument then holds it to
 * its column ({@code @Digits}). It takes the place of SmallRye's scalar of the same name, which passes strings
 * through to the resolver. {@link #LONG_NUMBERS} refuses number literals of a document longer than that before
 * graphql-java's parser turns them into numbers (a million digits take seconds).
 */
final class StrictDecimal implements Coercing<BigDecimal, BigDecimal> {

    static final String NAME = "BigDecimal";

    /** No column holds a number of more characters (40 digits, a sign, a point, an exponent). */
    static final int LONGEST = 100;

    /** Refuses a number token of a document longer than {@link #LONGEST}, as the parser reads it. */
    static final ParsingListener LONG_NUMBERS = token -> {
        String text = token.getText();
        if (text.length() > LONGEST && (Character.isDigit(text.charAt(0)) || text.charAt(0) == '-')) {
            throw LedgerException.invalidArgument("The number at line " + token.getLine() + ", column "
                    + (token.getCharPositionInLine() + 1) + " has more than " + LONGEST
                    + " characters; no field holds such a number.");
        }
    };

    @Override
    public BigDecimal serialize(Object value, GraphQLContext context, Locale locale) {
        if (value instanceof BigDecimal number) {
            return number;
        }
        if (value instanceof Number number) {
            return new BigDecimal(number.toString());
        }
        throw new CoercingSerializeException(
                "A BigDecimal is a number, not a " + value.getClass().getSimpleName());
    }

    @Override
    public BigDecimal parseValue(Object input, GraphQLContext context, Locale locale) {
        BigDecimal number;
        if (input instanceof BigDecimal decimal) {
            number = decimal;
        } else if (input instanceof BigInteger || input instanceof Long || input instanceof Integer) {
            number = new BigDecimal(input.toString());
        } else if (input instanceof String text && text.length() <= LONGEST) {
            try {
                number = new BigDecimal(text.trim());
            } catch (NumberFormatException notANumber) {
                throw new CoercingParseValueException(
                        "A BigDecimal is a number, or a string holding one; not \"" + text + "\"");
            }
        } else {
            throw new CoercingParseValueException(
                    "A BigDecimal is a number, or a string holding one of at most " + LONGEST + " characters");
        }
        if (!InputChecks.measurable(number)) {
            throw new CoercingParseValueException("A BigDecimal here is too large or too small for any field");
        }
        return number;
    }

    @Override
    public BigDecimal parseLiteral(Value<?> input, CoercedVariables variables, GraphQLContext context, Locale locale) {
        BigDecimal number;
        if (input instanceof FloatValue decimal) {
            number = decimal.getValue();
        } else if (input instanceof IntValue integer) {
            number = new BigDecimal(integer.getValue());
        } else {
            throw new CoercingParseLiteralException("A BigDecimal is a number");
        }
        if (!InputChecks.measurable(number)) {
            throw new CoercingParseLiteralException("A BigDecimal here is too large or too small for any field");
        }
        return number;
    }

    @Override
    public Value<?> valueToLiteral(Object input, GraphQLContext context, Locale locale) {
        return FloatValue.newFloatValue(parseValue(input, context, locale)).build();
    }
}
