package io.costledger.json;

import io.costledger.error.LedgerException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Comparator;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * What every input from a caller goes through before it reaches the database driver, the JSON Schema validator or
 * arithmetic, on every path (GraphQL arguments and variables, query parameters): numbers are judged by their digits
 * and exponent alone, never written out ({@code 1e-150000000} would be 150 MB of digits), against the Bean
 * Validation constraints of the input they belong to; dates are ISO-8601 days of the years 0001 to 9999.
 */
public final class InputChecks {

    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final DateTimeFormatter DAY =
            DateTimeFormatter.ofPattern("uuuu-MM-dd").withResolverStyle(ResolverStyle.STRICT);

    private InputChecks() {}

    /** A day as ISO-8601 writes it ({@code 2024-02-29}), in the years 0001 to 9999; anything else is refused. */
    public static LocalDate date(String text) {
        if (text == null || !DATE.matcher(text).matches() || text.startsWith("0000")) {
            throw new IllegalArgumentException(dateRule(text));
        }
        try {
            return LocalDate.parse(text, DAY);
        } catch (DateTimeParseException noSuchDay) {
            throw new IllegalArgumentException(dateRule(text));
        }
    }

    /** What a date must be, for messages. */
    public static String dateRule(String given) {
        return "must be an ISO-8601 date, YYYY-MM-DD, of the years 0001 to 9999, not \""
                + (given == null ? "null" : given.length() <= 40 ? given : given.substring(0, 40) + "...") + "\"";
    }

    /**
     * Whether a number is near enough to any column's range to be checked further: at most
     * {@link JsonValues#MAX_EXPONENT} digits either side of the decimal point, decided from its scale and precision.
     */
    public static boolean measurable(BigDecimal number) {
        int exponent = number.precision() - number.scale();
        return Math.abs(number.scale()) <= JsonValues.MAX_EXPONENT && Math.abs(exponent) <= JsonValues.MAX_EXPONENT;
    }

    /**
     * Refuses an input that breaks a constraint of its type ({@code @Digits} on an amount filter, ...) with
     * {@code INVALID_ARGUMENT} naming the first such field as {@code named} calls it ("Argument 'filter.amountFrom'",
     * "The parameter amountFrom").
     */
    public static void valid(Validator validator, Object input, Function<String, String> named) {
        Set<ConstraintViolation<Object>> violations = validator.validate(input);
        violations.stream()
                .min(Comparator.comparing(
                        violation -> violation.getPropertyPath().toString()))
                .ifPresent(violation -> {
                    throw LedgerException.invalidArgument(
                            named.apply(violation.getPropertyPath().toString()) + " " + violation.getMessage() + ".");
                });
    }
}
