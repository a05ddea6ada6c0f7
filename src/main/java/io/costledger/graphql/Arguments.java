package io.costledger.graphql;

import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.costledger.error.LedgerException;
import io.costledger.json.InputChecks;
import io.costledger.json.JsonValues;
import jakarta.validation.Validator;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * Turns an argument value as graphql-java coerced it (maps, lists, strings, numbers) into the Java type of the
 * resolver's parameter. Text holding characters no key or column can hold, and numbers too far from any column to be
 * measured, are refused before the conversion; the converted input is then held to its Bean Validation constraints
 * ({@link InputChecks}).
 */
final class Arguments {

    private final ObjectMapper mapper;
    private final Validator validator;

    Arguments(ObjectMapper mapper, Validator validator) {
        this.mapper = mapper;
        this.validator = validator;
    }

    /**
     * A converter for one parameter. A parameter type with a static {@code fromArgument(JsonNode)} is built from the
     * argument as JSON, for resolvers that check what was sent themselves (a bundle, reported problem by problem).
     */
    Converter converter(String name, Type parameterType) {
        JavaType type = mapper.constructType(parameterType);
        java.lang.reflect.Method fromJson = fromArgument(type.getRawClass());
        if (fromJson != null) {
            return value -> {
                try {
                    return value == null ? null : fromJson.invoke(null, mapper.valueToTree(value));
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException(e);
                }
            };
        }
        return value -> {
            if (value == null) {
                return null;
            }
            checkValues(name, value);
            Object converted;
            try {
                converted = type.getRawClass().isInstance(value) && !type.isContainerType()
                        ? value
                        : mapper.convertValue(value, type);
            } catch (IllegalArgumentException e) {
                throw LedgerException.invalidArgument("Argument '" + name + "' is not a valid "
                        + type.getRawClass().getSimpleName() + ".");
            }
            if (type.getRawClass().isRecord()) {
                InputChecks.valid(validator, converted, field -> "Argument '" + name + "." + field + "'");
            }
            return converted;
        };
    }

    private static java.lang.reflect.Method fromArgument(Class<?> type) {
        try {
            java.lang.reflect.Method method =
                    type.getMethod("fromArgument", com.fasterxml.jackson.databind.JsonNode.class);
            return java.lang.reflect.Modifier.isStatic(method.getModifiers()) ? method : null;
        } catch (NoSuchMethodException none) {
            return null;
        }
    }

    private static void checkValues(String name, Object value) {
        if (value instanceof String text && !JsonValues.storable(text)) {
            throw LedgerException.invalidArgument(
                    "Argument '" + name + "' holds a NUL character or an unpaired surrogate.");
        } else if (value instanceof StrictDate.Unchecked date) {
            throw LedgerException.invalidArgument("Argument '" + name + "': " + date.problem() + ".");
        } else if (value instanceof BigDecimal number && !InputChecks.measurable(number)) {
            throw LedgerException.invalidArgument(
                    "Argument '" + name + "' holds a number too large or too small for any field.");
        } else if (value instanceof Map<?, ?> map) {
            map.values().forEach(inner -> checkValues(name, inner));
        } else if (value instanceof Collection<?> list) {
            list.forEach(inner -> checkValues(name, inner));
        }
    }

    /** Converts one argument value. */
    @FunctionalInterface
    interface Converter {
        Object convert(Object value);
    }

    /** The converted values of the non-source arguments, in parameter order. */
    static Object[] convert(List<Named> arguments, Map<String, Object> values) {
        Object[] converted = new Object[arguments.size()];
        for (int i = 0; i < converted.length; i++) {
            Named argument = arguments.get(i);
            converted[i] = argument.converter().convert(values.get(argument.name()));
        }
        return converted;
    }

    /** A GraphQL argument and its converter. */
    record Named(String name, Converter converter) {}
}
