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

    /** The view of a stored date's text; null for null. */
    public static PartialDateView of(String text) {
        if (text == null) {
            return null;
        }
        PartialDate date = PartialDate.parse(text)
                .orElseThrow(() -> new IllegalStateException("A stored date is not a date: " + text));
        return new PartialDateView(date.text(), date.precision(), date.from(), date.to());
    }
}
