package io.costledger.graphql;

import graphql.GraphQLError;
import graphql.execution.AbortExecutionException;
import graphql.execution.RawVariables;
import graphql.language.Document;
import graphql.language.OperationDefinition;
import graphql.normalized.ExecutableNormalizedField;
import graphql.normalized.ExecutableNormalizedOperation;
import graphql.normalized.ExecutableNormalizedOperationFactory;
import graphql.schema.GraphQLList;
import graphql.schema.GraphQLSchema;
import graphql.schema.GraphQLTypeUtil;
import io.costledger.error.ErrorCode;
import io.costledger.error.LedgerException;
import io.costledger.paging.PageRequest;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.LongSupplier;

/**
 * What a query could cost, worked out from the document alone before anything runs. A field costs 1 plus what it
 * selects; under a list, the selection counts once per element the list may hold: a connection's {@code nodes} as
 * many as its {@code first} asks for, any other list its declared maximum ({@link ListLimits}). The cost is thus at
 * least the number of fields the answer can hold. {@code __typename} costs nothing; introspection is priced like
 * any field, its lists at the schema's real sizes ({@link IntrospectionSizes}). Sums and products saturate at
 * {@link Long#MAX_VALUE}.
 *
 * <p>The document is measured as graphql-java normalizes it for execution: every fragment spread expanded where it is
 * spread (a fragment spread twice costs twice), {@code @skip} and {@code @include} applied, fields of one response key
 * merged. A document that expands to more than {@link #MAX_FIELDS} fields is refused before it is measured.
 */
final class QueryCost {

    /** The computed fields: each selection of one (aliases counted one by one) is a computation over its parents. */
    static final Set<String> COMPUTED =
            Set.of("Query.scopedTotal", "Query.summary", "Model.scopedTotal", "Model.comparisons", "Claim.costAt");

    /** The most fields a document may select once its fragments are expanded. */
    static final int MAX_FIELDS = 10_000;

    private final ListLimits lists;
    private final IntrospectionSizes introspection;

    QueryCost(ListLimits lists, IntrospectionSizes introspection) {
        this.lists = lists;
        this.introspection = introspection;
    }

    /**
     * The measures of one operation.
     *
     * @param rootMutations how many fields a mutation selects at its root ({@code __typename} aside), 0 for a query
     */
    record Measure(long cost, int depth, int computedFields, int rootMutations) {}

    /**
     * Measures the operation with its variables (coerced here; a variable of the wrong type is
     * {@code INVALID_VARIABLES}); {@code models} tells the number of models in the ledger, asked for at most once and
     * only when the operation selects a field charged per model.
     */
    Measure measure(
            GraphQLSchema schema,
            Document document,
            String operationName,
            RawVariables variables,
            LongSupplier models) {
        ExecutableNormalizedOperation operation = normalize(schema, document, operationName, variables);
        Tally tally = new Tally(models);
        long total = 0;
        int mutations = 0;
        for (ExecutableNormalizedField field : operation.getTopLevelFields()) {
            total = plus(total, tally.cost(schema, field, false));
            if (operation.getOperation() == OperationDefinition.Operation.MUTATION
                    && !field.getFieldName().equals("__typename")) {
                mutations++;
            }
        }
        return new Measure(total, operation.getOperationDepth(), tally.computed, mutations);
    }

    private static ExecutableNormalizedOperation normalize(
            GraphQLSchema schema, Document document, String operationName, RawVariables variables) {
        ExecutableNormalizedOperationFactory.Options options =
                ExecutableNormalizedOperationFactory.Options.defaultOptions()
                        .locale(Locale.ROOT)
                        .maxFieldsCount(MAX_FIELDS);
        try {
            return ExecutableNormalizedOperationFactory.createExecutableNormalizedOperationWithRawVariables(
                    schema, document, operationName, variables, options);
        } catch (AbortExecutionException tooMany) {
            throw new LedgerException(
                    ErrorCode.QUERY_TOO_COMPLEX,
                    "The query selects more than " + MAX_FIELDS + " fields once its fragments are expanded; ask for"
                            + " fewer fields.",
                    Map.of("limit", MAX_FIELDS));
        } catch (RuntimeException coercion) {
            if (coercion instanceof GraphQLError error) {
                throw Variables.invalid(GraphQLErrors.clean(error.getMessage()));
            }
            throw coercion;
        }
    }

    /** Adds up the cost top-down, counting the computed fields on the way. */
    private final class Tally {

        private final LongSupplier models;
        private long modelCount = -1;
        private int computed;

        Tally(LongSupplier models) {
            this.models = models;
        }

        /**
         * The field's cost under one element of its parent; under an exhaustive introspection list, under all the
         * list's elements together (its population), where the field's own lists count at their totals.
         */
        long cost(GraphQLSchema schema, ExecutableNormalizedField field, boolean parentExhaustive) {
            if (field.getFieldName().equals("__typename")) {
                return 0; // clients add it to every selection
            }
            String coordinate = field.getSingleObjectTypeName() + "." + field.getFieldName();
            boolean list = GraphQLTypeUtil.unwrapNonNull(field.getType(schema)) instanceof GraphQLList;
            boolean exhaustive = list && IntrospectionSizes.exhaustive(coordinate, parentExhaustive);
            long selected = 0; // under one element, or under all of them when exhaustive
            for (ExecutableNormalizedField child : field.getChildren()) {
                selected = plus(selected, cost(schema, child, exhaustive));
            }
            if (COMPUTED.contains(coordinate)) {
                computed++;
            }
            if (parentExhaustive) {
                long instances = introspection.total(parentCoordinate(field));
                long values = list ? introspection.total(coordinate) : instances;
                return plus(instances, exhaustive ? selected : times(values, selected));
            }
            long cost = plus(1, exhaustive ? selected : times(list ? elements(field, coordinate) : 1, selected));
            if (lists.chargedPerModel(coordinate)) {
                if (modelCount < 0) {
                    modelCount = models.getAsLong();
                }
                cost = plus(cost, modelCount);
            }
            return cost;
        }
    }

    private static String parentCoordinate(ExecutableNormalizedField field) {
        ExecutableNormalizedField parent = field.getParent();
        return parent.getSingleObjectTypeName() + "." + parent.getFieldName();
    }

    /** How many elements a list field may hold under one element of its parent. */
    private long elements(ExecutableNormalizedField field, String coordinate) {
        if (introspection.sizes(coordinate)) {
            return introspection.maximum(coordinate);
        }
        ExecutableNormalizedField parent = field.getParent();
        Optional<ItemsOf> sized = lists.sizedBy(coordinate);
        if (sized.isPresent() && parent != null) {
            return elementsOf(parent.getResolvedArguments().get(sized.get().argument()), sized.get());
        }
        if (coordinate.endsWith("Connection.nodes")) {
            Object first = parent.getResolvedArguments().get("first");
            return first instanceof Number number ? Math.max(0, number.longValue()) : PageRequest.DEFAULT_SIZE;
        }
        return lists.maximum(coordinate);
    }

    /** How many elements the named lists of an argument's value hold (all its lists when none is named). */
    private static long elementsOf(Object argument, ItemsOf sized) {
        if (!(argument instanceof Map<?, ?> value)) {
            return 0;
        }
        long count = 0;
        for (Map.Entry<?, ?> entry : value.entrySet()) {
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
