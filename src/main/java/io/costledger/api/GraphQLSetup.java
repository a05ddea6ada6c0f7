package io.costledger.api;

import graphql.GraphQL;
import graphql.analysis.FieldComplexityCalculator;
import graphql.execution.instrumentation.ChainedInstrumentation;
import io.costledger.bundle.BundleArgumentGuard;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.List;

/**
 * The graphql-java instrumentation of the service: request metrics and logs, query depth and complexity limits, the
 * bundle argument guard.
 */
@ApplicationScoped
public class GraphQLSetup {

    @Inject
    QueryLimits limits;

    @Inject
    BundleArgumentGuard bundleGuard;

    @Inject
    RequestObservation observation;

    void configure(@Observes GraphQL.Builder builder) {
        builder.instrumentation(new ChainedInstrumentation(List.of(
                observation,
                new ErrorMessages(),
                QueryLimitInstrumentations.depth(limits.maxDepth()),
                QueryLimitInstrumentations.complexity(limits.maxComplexity(), pageAwareComplexity()),
                bundleGuard)));
    }

    /** A field costs 1 plus its sub-fields; a page's sub-fields cost once per row asked for. */
    static FieldComplexityCalculator pageAwareComplexity() {
        return (environment, childComplexity) -> {
            Object first = environment.getArguments().get("first");
            int rows = first instanceof Number number ? Math.max(1, number.intValue()) : PageRequest.DEFAULT_SIZE;
            boolean page = environment.getFieldDefinition().getArgument("first") != null;
            return 1 + childComplexity * (page ? rows : 1);
        };
    }
}
