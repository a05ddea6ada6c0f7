package io.costledger.source;

import io.costledger.paging.OrderDirection;
import io.costledger.paging.Sorting;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Enum;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

@Input("SourceOrder")
@Description("One term of an order of sources; rows without a value come last in both directions.")
public record SourceOrder(
        @NonNull Field field,
        @Description("ASC unless given.") OrderDirection direction) {

    /** What sources sort by. */
    @Enum("SourceOrderField")
    public enum Field {
        KEY("s.key", Sorting.Kind.TEXT),
        TITLE("s.title", Sorting.Kind.TEXT),
        @Description("The publication date's rule day; on the same day the more precise date first.")
        PUBLISHED_ON("s.published_on", Sorting.Kind.DATE, "10 - length(s.published)");

        private final Sorting.Field sortField;

        Field(String expression, Sorting.Kind kind) {
            this(expression, kind, null);
        }

        Field(String expression, Sorting.Kind kind, String imprecision) {
            this.sortField = new Sorting.Field(name(), expression, kind, imprecision);
        }
    }

    static Sorting sorting(List<SourceOrder> orderBy) {
        return Sorting.of(orderBy, order -> order.field().sortField, SourceOrder::direction, Field.KEY.sortField);
    }
}
