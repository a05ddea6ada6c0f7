package io.costledger.claim;

import io.costledger.paging.OrderDirection;
import io.costledger.paging.Sorting;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Enum;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

@Input("ClaimOrder")
@Description("One term of an order of claims; rows without a value come last in both directions, and an open-ended"
        + " high amount counts as larger than any number.")
public record ClaimOrder(
        @NonNull Field field,
        @Description("ASC unless given.") OrderDirection direction) {

    /** Larger than any amount a claim can state (NUMERIC(20, 2)): where an open-ended high sorts. */
    static final String UNBOUNDED = "1000000000000000000000";

    /** What claims sort by. */
    @Enum("ClaimOrderField")
    public enum Field {
        KEY("c.key", Sorting.Kind.TEXT),
        @Description("The claim's date, else its source's publication date (rule days; on the same day the more precise"
                + " date first).")
        STATED_ON(
                "coalesce(c.stated_on, s.published_on)",
                Sorting.Kind.DATE,
                "10 - length(coalesce(c.stated, s.published))"),
        @Description("The low amount (0 for \"less than\"); claims without an amount last.")
        AMOUNT_LOW(
                "case when c.amount_low_usd is null and c.amount_high_usd is null then null"
                        + " else coalesce(c.amount_low_usd, 0) end",
                Sorting.Kind.DECIMAL),
        @Description("The high amount, an open-ended one above every number; claims without an amount last.")
        AMOUNT_HIGH(
                "case when c.amount_low_usd is null and c.amount_high_usd is null then null"
                        + " else coalesce(c.amount_high_usd, " + UNBOUNDED + ") end",
                Sorting.Kind.DECIMAL),
        @Description("GPU-hours, stated or chips x hours; claims without them last.")
        GPU_HOURS("coalesce(c.gpu_hours, c.chip_count * c.duration_hours)", Sorting.Kind.DECIMAL);

        private final Sorting.Field sortField;

        Field(String expression, Sorting.Kind kind) {
            this(expression, kind, null);
        }

        Field(String expression, Sorting.Kind kind, String imprecision) {
            this.sortField = new Sorting.Field(name(), expression, kind, imprecision);
        }
    }

    static Sorting sorting(List<ClaimOrder> orderBy) {
        return Sorting.of(orderBy, order -> order.field().sortField, ClaimOrder::direction, Field.KEY.sortField);
    }
}
