package io.costledger.bundle;

import java.math.BigDecimal;

/** The field checks of one bundle item; each failed check adds a problem naming the item and the field. */
final class ItemCheck {

    /** Digits before the point that NUMERIC(20, 2) and NUMERIC(12, 4) hold. */
    private static final int AMOUNT_INTEGER_DIGITS = 18;

    private static final int RATE_INTEGER_DIGITS = 8;

    private final Problems problems;
    private final String path;
    private final String key;

    ItemCheck(Problems problems, String path, String key) {
        this.problems = problems;
        this.path = path;
        this.key = key;
    }

    void fail(String message) {
        problems.add(path, key, message);
    }

    /** Whether the field had a value of the wrong type, already reported and left out. */
    boolean malformed(String field) {
        return problems.wasMalformed(path, field);
    }

    /** A text that must be present and not blank. */
    void required(String field, String value, int maxLength) {
        if ((value == null && !malformed(field)) || (value != null && value.isBlank())) {
            fail(field + " is required and may not be empty");
        } else {
            optional(field, value, maxLength);
        }
    }

    void optional(String field, String value, int maxLength) {
        if (value != null && value.length() > maxLength) {
            fail(field + " is " + value.length() + " characters long; at most " + maxLength + " are allowed");
        }
    }

    void present(String field, Object value) {
        if (value == null && !malformed(field)) {
            fail(field + " is required");
        }
    }

    /** A sum of money: not negative, at most cents. */
    void money(String field, BigDecimal value) {
        if (value == null) {
            return;
        }
        if (value.signum() < 0) {
            fail(field + " may not be negative, got " + value.toPlainString());
        }
        digits(field, value, 2, AMOUNT_INTEGER_DIGITS);
    }

    /** A positive quantity with at most {@code scale} decimals. */
    void positive(String field, BigDecimal value, int scale) {
        if (value == null) {
            return;
        }
        if (value.signum() <= 0) {
            fail(field + " must be greater than zero, got " + value.toPlainString());
        }
        digits(field, value, scale, scale == 2 ? AMOUNT_INTEGER_DIGITS : RATE_INTEGER_DIGITS);
    }

    private void digits(String field, BigDecimal value, int scale, int integerDigits) {
        BigDecimal plain = value.stripTrailingZeros();
        if (plain.scale() > scale) {
            fail(field + " has more than " + scale + " decimals: " + value.toPlainString());
        } else if (plain.precision() - plain.scale() > integerDigits) {
            fail(field + " is too large: " + value.toPlainString());
        }
    }
}
