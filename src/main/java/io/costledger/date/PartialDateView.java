package io.costledger.date;

import io.costledger.analysis.DatePrecision;
import io.costledger.analysis.PartialDate;
import java.time.LocalDate;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

/** A date as the API answers it: as precise as its source states it (SEMANTICS.md part 3). */
@Type("PartialDate")
@Description("A date as precise as its source states it.")
public record PartialDateView(
        @Description("As given: YYYY, YYYY-MM or YYYY-MM-DD.") @NonNull
        String text,

        @NonNull DatePrecision precision,
        @Description("The first day it can mean.") @NonNull LocalDate from,
        @Description("The last day it can mean.") @NonNull LocalDate to) {

    /** A stored date's text as a date; null for null. */
    public static PartialDate parse(String text) {
        if (text == null) {
            return null;
        }
        return PartialDate.parse(text)
                .orElseThrow(() -> new IllegalStateException("A stored date is not a date: " + text));
    }

    /** The view of a date; null for null. */
    public static PartialDateView of(PartialDate date) {
        return date == null ? null : new PartialDateView(date.text(), date.precision(), date.from(), date.to());
    }
}
