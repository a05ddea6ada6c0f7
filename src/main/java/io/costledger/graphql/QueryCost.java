package io.costledger.graphql;

import graphql.analysis.QueryTraverser;
import graphql.analysis.QueryVisitorFieldEnvironment;
import graphql.analysis.QueryVisitorStub;
import graphql.execution.CoercedVariables;
import graphql.language.Document;
import graphql.schema.GraphQLList;
import graphql.schema.GraphQLSchema;
import graphql.schema.GraphQLTypeUtil;
import io.costledger.paging.PageRequest;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.LongSupplier;

/**
 * What a query could cost, worked out from the document alone before anything runs. A field costs 1 plus what it
 * selects; under a list, the selection counts once per element the list may hold: a connection's {@code nodes} as
 * many as its {@code first} asks for, any other list its declared maximum ({@link ListLimits}). The cost is thus at
 * least the number of fields the answer can hold. Sums and products saturate at {@link Long#MAX_VALUE}.
 */
final class QueryCost {

    /** The computed fields: each selection of one (aliases counted one by one) is a computation over its parents. */
    static final Set<String> COMPUTED =
            Set.of("Query.scopedTotal", "Query.summary", "Model.scopedTotal", "Model.comparisons", "Claim.costAt");

    private final ListLimits lists;

    QueryCost(ListLimits lists) {
        this.lists = lists;
    }

    /** The measures of one operation. */
    record Measure(long cost, int depth, int computedFields) {}

    /**
     * Measures the operation; {@code models} tells the number of models in the ledger, asked for at most once and only
     * when the operation selects a field charged per model.
     */
    Measure measure(
            GraphQLSchema schema,
            Document document,
            String operationName,
            CoercedVariables variables,
            LongSupplier models) {
        QueryTraverser traverser = QueryTraverser.newQueryTraverser()
                .schema(schema)
                .document(document)
                .operationName(operationName)
                .coercedVariables(variables)
                .build();
        Tally tally = new Tally(models);
        traverser.visitPostOrder(tally);
        return new Measure(tally.total, tally.depth, tally.computed);
    }

    private final class Tally extends QueryVisitorStub {

        private final Map<QueryVisitorFieldEnvironment, Long> selected = new HashMap<>();
        private long total;
        private int depth;
        private int computed;
        private final LongSupplier models;
        private long modelCount = -1;

        Tally(LongSupplier models) {
            this.models = models;
        }

        @Override
        public void visitField(QueryVisitorFieldEnvironment field) {
            String coordinate = field.getFieldsContainer().getName() + "."
                    + field.getFieldDefinition().getName();
            long cost = plus(1, times(elements(field), selected.getOrDefault(field, 0L)));
            if (lists.chargedPerModel(coordinate)) {
                if (modelCount < 0) {
                    modelCount = models.getAsLong();
                }
                cost = plus(cost, modelCount);
            }
            QueryVisitorFieldEnvironment parent = field.getParentEnvironment();
            if (parent == null) {
                total = plus(total, cost);
            } else {
                selected.merge(parent, cost, QueryCost::plus);
            }
            depth = Math.max(depth, depthOf(field));
            if (COMPUTED.contains(coordinate)) {
                computed++;
            }
        }

        private static int depthOf(QueryVisitorFieldEnvironment field) {
            int levels = 0;
            for (QueryVisitorFieldEnvironment at = field; at != null; at = at.getParentEnvironment()) {
                levels++;
            }
            return levels;
        }
    }

    /** How many times the field's selection counts: the elements its list may hold, 1 for a single value. */
    private long elements(QueryVisitorFieldEnvironment field) {
        if (field.isTypeNameIntrospectionField()
                || !(GraphQLTypeUtil.unwrapNonNull(field.getFieldDefinition().getType()) instanceof GraphQLList)) {
            return 1;
        }
        String type = field.getFieldsContainer().getName();
        if (type.startsWith("__")) {
            return 1; // introspection: bounded by the schema itself
        }
        String name = field.getFieldDefinition().getName();
        java.util.Optional<ItemsOf> sized = lists.sizedBy(type + "." + name);
        if (sized.isPresent() && field.getParentEnvironment() != null) {
            return elementsOf(
                    field.getParentEnvironment().getArguments().get(sized.get().argument()), sized.get());
        }
        if (type.endsWith("Connection") && name.equals("nodes")) {
            Object first = field.getParentEnvironment().getArguments().get("first");
            return first instanceof Number number ? Math.max(0, number.longValue()) : PageRequest.DEFAULT_SIZE;
        }
        return lists.maximum(type + "." + name);
    }

    /** How many elements the named lists of an argument's value hold (all its lists when none is named). */
    private static long elementsOf(Object argument, ItemsOf sized) {
        if (!(argument instanceof java.util.Map<?, ?> value)) {
            return 0;
        }
        long count = 0;
        for (java.util.Map.Entry<?, ?> entry : value.entrySet()) {
            boolean named = sized.lists().length == 0
                    || java.util.Arrays.asList(sized.lists()).contains(entry.getKey());
            if (named && entry.getValue() instanceof java.util.Collection<?> list) {
                count = plus(count, list.size());
            }
        }
        return count;
    }

    static long plus(long a, long b) {
        long sum = a + b;
        return ((a ^ sum) & (b ^ sum)) < 0 ? Long.MAX_VALUE : sum;
    }

    static long times(long a, long b) {
        long high = Math.multiplyHigh(a, b);
        long low = a * b;
        return (high == 0 && low >= 0) ? low : Long.MAX_VALUE;
    }
}
