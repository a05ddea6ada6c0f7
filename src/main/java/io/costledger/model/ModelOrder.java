package io.costledger.model;

import io.costledger.paging.OrderDirection;
import io.costledger.paging.Sorting;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Enum;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

@Input("ModelOrder")
@Description("One term of an order of models; rows without a value come last in both directions.")
public record ModelOrder(
        @NonNull Field field,
        @Description("ASC unless given.") OrderDirection direction) {

    /** What models sort by. */
    @Enum("ModelOrderField")
    public enum Field {
        KEY("m.key", Sorting.Kind.TEXT),
        NAME("m.name", Sorting.Kind.TEXT),
        @Description("The release date's rule day; on the same day the more precise date first.")
        RELEASED_ON("m.released_on", Sorting.Kind.DATE, "10 - length(m.released)"),
        @Description("The organization's name.")
        ORGANIZATION("o.name", Sorting.Kind.TEXT);

        private final Sorting.Field sortField;

        Field(String expression, Sorting.Kind kind) {
            this(expression, kind, null);
        }

        Field(String expression, Sorting.Kind kind, String imprecision) {
            this.sortField = new Sorting.Field(name(), expression, kind, imprecision);
        }
    }

    static Sorting sorting(List<ModelOrder> orderBy) {
        return Sorting.of(orderBy, order -> order.field().sortField, ModelOrder::direction, Field.KEY.sortField);
    }
}
