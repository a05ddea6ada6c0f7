package io.costledger.api;

import graphql.analysis.FieldComplexityCalculator;
import graphql.analysis.MaxQueryComplexityInstrumentation;
import graphql.analysis.MaxQueryDepthInstrumentation;
import graphql.execution.AbortExecutionException;
import java.util.Map;

/** graphql-java's depth and complexity limits, refusing with a message that says what to change, and a code. */
final class QueryLimitInstrumentations {

    private QueryLimitInstrumentations() {}

    static MaxQueryDepthInstrumentation depth(int maxDepth) {
        return new MaxQueryDepthInstrumentation(maxDepth) {
            @Override
            protected AbortExecutionException mkAbortException(int depth, int max) {
                return new Refused(
                        "QUERY_TOO_DEEP",
                        "The query nests fields " + depth + " levels deep; at most " + max
                                + " are allowed. Ask for less at once, or follow keys with separate queries.");
            }
        };
    }

    static MaxQueryComplexityInstrumentation complexity(int maxComplexity, FieldComplexityCalculator calculator) {
        return new MaxQueryComplexityInstrumentation(maxComplexity, calculator) {
            @Override
            protected AbortExecutionException mkAbortException(int complexity, int max) {
                return new Refused(
                        "QUERY_TOO_COMPLEX",
                        "The query would cost " + complexity + " (1 a field, a page's fields once per row asked for);"
                                + " at most " + max + " is allowed. Ask for smaller pages or fewer fields.");
            }
        };
    }

    /** A query refused before execution: it has cost no database work. */
    static final class Refused extends AbortExecutionException {

        private final String code;

        Refused(String code, String message) {
            super(message);
            this.code = code;
        }

        @Override
        public Map<String, Object> getExtensions() {
            return Map.of("code", code, "classification", "ExecutionAborted");
        }
    }
}
