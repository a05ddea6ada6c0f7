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
        RELEASED_ON("m.released_on", Sorting.Kind.DATE),
        @Description("The organization's name.")
        ORGANIZATION("o.name", Sorting.Kind.TEXT);

        private final Sorting.Field sortField;

        Field(String expression, Sorting.Kind kind) {
            this.sortField = new Sorting.Field(name(), expression, kind);
        }
    }

    static Sorting sorting(List<ModelOrder> orderBy) {
        return Sorting.of(orderBy, order -> order.field().sortField, ModelOrder::direction, Field.KEY.sortField);
    }
}
