package io.costledger.analysis;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Comparator;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A date as precise as its source states it (SEMANTICS.md part 3): a year, a month or a day, never padded to a first
 * day. Where a rule needs one day, a month counts as its 15th and a year as 1 July (its rule day).
 *
 * @param text as given: {@code YYYY}, {@code YYYY-MM} or {@code YYYY-MM-DD}
 */
public record PartialDate(String text, DatePrecision precision) {

    private static final Pattern FORM = Pattern.compile("[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?");

    /**
     * By rule day; on the same rule day the more precise date first. Sorting in the other direction reverses the rule
     * days only: {@link #byRuleDay(boolean)}.
     */
    public static final Comparator<PartialDate> BY_RULE_DAY = byRuleDay(false);

    public PartialDate {
        if (precisionOf(text).orElse(null) != precision) {
            throw new IllegalArgumentException("Not a partial date of precision " + precision + ": " + text);
        }
    }

    /** The date the text states; empty unless it is a real calendar date in the years 0001 to 9999. */
    public static Optional<PartialDate> parse(String text) {
        return precisionOf(text).map(precision -> new PartialDate(text, precision));
    }

    /** A full date (precision DAY). */
    public static PartialDate of(LocalDate day) {
        return new PartialDate(day.toString(), DatePrecision.DAY);
    }

    private static Optional<DatePrecision> precisionOf(String text) {
        if (text == null || !FORM.matcher(text).matches() || text.startsWith("0000")) {
            return Optional.empty();
        }
        try {
            return Optional.of(
                    switch (text.length()) {
                        case 4 -> DatePrecision.YEAR;
                        case 7 -> {
                            YearMonth.parse(text);
                            yield DatePrecision.MONTH;
                        }
                        default -> {
                            LocalDate.parse(text);
                            yield DatePrecision.DAY;
                        }
                    });
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    /** The first day it can mean. */
    public LocalDate from() {
        return switch (precision) {
            case YEAR -> LocalDate.of(year(), 1, 1);
            case MONTH -> YearMonth.parse(text).atDay(1);
            case DAY -> LocalDate.parse(text);
        };
    }

    /** The last day it can mean. */
    public LocalDate to() {
        return switch (precision) {
            case YEAR -> LocalDate.of(year(), 12, 31);
            case MONTH -> YearMonth.parse(text).atEndOfMonth();
            case DAY -> LocalDate.parse(text);
        };
    }

    /** The one day a rule uses: a month's 15th, a year's 1 July, else the day itself. */
    public LocalDate ruleDay() {
        return switch (precision) {
            case YEAR -> LocalDate.of(year(), 7, 1);
            case MONTH -> YearMonth.parse(text).atDay(15);
            case DAY -> LocalDate.parse(text);
        };
    }

    private int year() {
        return Integer.parseInt(text.substring(0, 4));
    }

    /** By rule day (latest first when {@code descending}); on the same rule day the more precise first either way. */
    public static Comparator<PartialDate> byRuleDay(boolean descending) {
        Comparator<PartialDate> days = Comparator.comparing(PartialDate::ruleDay);
        return (descending ? days.reversed() : days).thenComparing(PartialDate::precision, Comparator.reverseOrder());
    }
}
