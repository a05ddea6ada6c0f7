package io.costledger.http;

import io.costledger.error.LedgerException;
import io.costledger.json.InputChecks;
import io.costledger.json.JsonValues;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** Query parameters of the downloads, read strictly: a malformed value is INVALID_ARGUMENT naming its parameter. */
public final class Parameters {

    private Parameters() {}

    /** The parameter's one value, or null when absent; given twice, or with a NUL character, refused. */
    public static String one(Map<String, List<String>> parameters, String name) {
        List<String> values = parameters.get(name);
        if (values == null || values.isEmpty()) {
            return null;
        }
        if (values.size() > 1) {
            throw LedgerException.invalidArgument(
                    "The parameter " + name + " is given " + values.size() + " times; give it once.");
        }
        return storable(name, values.get(0));
    }

    /** The value, unless it holds a character no key or column can hold (NUL, an unpaired surrogate). */
    public static String storable(String name, String value) {
        if (!JsonValues.storable(value)) {
            throw LedgerException.invalidArgument(
                    "The parameter " + name + " holds a NUL character or an unpaired surrogate.");
        }
        return value;
    }

    /** A decimal number, judged by its digits and exponent before anything writes it out ({@link InputChecks}). */
    public static BigDecimal number(String value) {
        BigDecimal number = new BigDecimal(value);
        if (!InputChecks.measurable(number)) {
            throw new IllegalArgumentException("beyond any column");
        }
        return number;
    }

    /** The parameter's value read by {@code parser}, or null when absent. */
    public static <T> T parse(Map<String, List<String>> parameters, String name, Function<String, T> parser) {
        String value = one(parameters, name);
        if (value == null) {
            return null;
        }
        try {
            return parser.apply(value);
        } catch (RuntimeException notOfItsType) {
            throw LedgerException.invalidArgument("The parameter " + name + " is not valid: \""
                    + (value.length() <= 40 ? value : value.substring(0, 40) + "...") + "\".");
        }
    }

    /** A list parameter: repeated, or separated by commas; null when absent. */
    public static <T> List<T> list(Map<String, List<String>> parameters, String name, Function<String, T> parser) {
        List<String> values = parameters.get(name);
        if (values == null) {
            return null;
        }
        List<T> parsed = new ArrayList<>();
        for (String value : values) {
            for (String part : storable(name, value).split(",")) {
                if (!part.isBlank()) {
                    parsed.add(parse(Map.of(name, List.of(part.trim())), name, parser));
                }
            }
        }
        return parsed;
    }

    /** {@code true} or {@code false}, nothing else. */
    public static Boolean bool(String value) {
        if (!value.equals("true") && !value.equals("false")) {
            throw new IllegalArgumentException(value);
        }
        return Boolean.valueOf(value);
    }
}
