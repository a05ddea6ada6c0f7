package io.costledger.api;

import graphql.analysis.FieldComplexityCalculator;
import graphql.execution.instrumentation.Instrumentation;
import io.costledger.bundle.BundleArgumentGuard;
import io.quarkus.arc.Unremovable;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * The graphql-java instrumentation of the service: request metrics and logs, error wording, direct reads of record
 * fields, query depth and complexity limits, the bundle argument guard.
 */
@ApplicationScoped
@Unremovable // looked up by GraphQLSetup, which SmallRye creates outside CDI
public class GraphQLInstrumentation {

    @Inject
    QueryLimits limits;

    @Inject
    RequestObservation observation;

    @Inject
    BundleArgumentGuard bundleGuard;

    public Instrumentation instrumentation() {
        return new ServiceInstrumentation(
                observation,
                bundleGuard,
                QueryLimitInstrumentations.depth(limits.maxDepth()),
                QueryLimitInstrumentations.complexity(limits.maxComplexity(), pageAwareComplexity()));
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
