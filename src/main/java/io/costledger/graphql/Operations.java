package io.costledger.graphql;

import graphql.language.Document;
import graphql.language.OperationDefinition;
import io.costledger.error.ErrorCode;
import io.costledger.error.LedgerException;
import io.costledger.limits.Limits;
import java.util.List;
import java.util.Map;

/** Which operation of a document runs, and whether its measures are within the limits. */
final class Operations {

    private Operations() {}

    static OperationDefinition pick(Document document, String name) {
        List<OperationDefinition> operations = document.getDefinitionsOfType(OperationDefinition.class);
        if (name == null) {
            if (operations.size() != 1) {
                throw invalid("The document holds " + operations.size() + " operations; name the one to run with"
                        + " operationName.");
            }
            return operations.get(0);
        }
        return operations.stream()
                .filter(operation -> name.equals(operation.getName()))
                .findFirst()
                .orElseThrow(() -> invalid("The document has no operation named \"" + shortened(name) + "\"."));
    }

    static void withinLimits(QueryCost.Measure measure, Limits limits) {
        if (measure.rootMutations() > 1) {
            throw invalid("A request runs one mutation field at most, so that each load is committed and answered on"
                    + " its own; this one has " + measure.rootMutations() + ". Send one request per bundle.");
        }
        if (measure.depth() > limits.maxDepth()) {
            throw new LedgerException(
                    ErrorCode.QUERY_TOO_DEEP,
                    "The query nests fields " + measure.depth() + " levels deep; at most " + limits.maxDepth()
                            + " are allowed. Ask for less at once, or follow keys with separate queries.",
                    Map.of("depth", measure.depth(), "limit", limits.maxDepth()));
        }
        if (measure.cost() > limits.maxCost()) {
            throw new LedgerException(
                    ErrorCode.QUERY_TOO_COMPLEX,
                    "The query could cost " + measure.cost() + " (1 a field, a list's fields once per element it may"
                            + " hold, a summary 1 more per model it covers); at most " + limits.maxCost()
                            + " is allowed. Ask for smaller pages or fewer"
                            + " fields.",
                    Map.of("cost", measure.cost(), "limit", limits.maxCost()));
        }
        if (measure.computedFields() > limits.maxComputedFields()) {
            throw new LedgerException(
                    ErrorCode.QUERY_TOO_COMPLEX,
                    "The query selects " + measure.computedFields()
                            + " computed fields (scopedTotal, summary, comparisons, costAt and"
                            + " the like, each alias counted); at most " + limits.maxComputedFields()
                            + " are allowed.",
                    Map.of("computedFields", measure.computedFields(), "limit", limits.maxComputedFields()));
        }
    }

    private static String shortened(String text) {
        return text.length() <= 40 ? text : text.substring(0, 40) + "...";
    }

    private static LedgerException invalid(String message) {
        return new LedgerException(ErrorCode.GRAPHQL_VALIDATION_FAILED, message);
    }
}
