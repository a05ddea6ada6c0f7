package io.costledger.http;

import io.costledger.error.LedgerException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** Query parameters of the downloads, read strictly: a malformed value is INVALID_ARGUMENT naming its parameter. */
public final class Parameters {

    private Parameters() {}

    /** The parameter's one value, or null when absent; given twice, refused. */
    public static String one(Map<String, List<String>> parameters, String name) {
        List<String> values = parameters.get(name);
        if (values == null || values.isEmpty()) {
            return null;
        }
        if (values.size() > 1) {
            throw LedgerException.invalidArgument(
                    "The parameter " + name + " is given " + values.size() + " times; give it once.");
        }
        return values.get(0);
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
            for (String part : value.split(",")) {
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
