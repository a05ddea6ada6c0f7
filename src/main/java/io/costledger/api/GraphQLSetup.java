package io.costledger.api;

import graphql.GraphQL;
import io.quarkus.arc.Arc;
import io.smallrye.graphql.execution.error.ExceptionHandler;
import io.smallrye.graphql.spi.EventingService;

/**
 * Installs {@link GraphQLInstrumentation} and the query strategy that answers from the {@link ResponseCache} when
 * SmallRye builds its GraphQL instance. SmallRye finds this class through
 * {@code META-INF/services} and enables it with {@code ledger.graphql.instrumentation=true}. (SmallRye's CDI events could do
 * the same, but they also fire an event for every field of every request.)
 */
public class GraphQLSetup implements EventingService {

    @Override
    public String getConfigKey() {
        return "ledger.graphql.instrumentation";
    }

    @Override
    public GraphQL.Builder beforeGraphQLBuild(GraphQL.Builder builder) {
        return builder.instrumentation(Arc.container()
                        .instance(GraphQLInstrumentation.class)
                        .get()
                        .instrumentation())
                .queryExecutionStrategy(new CachingExecutionStrategy(
                        new ExceptionHandler(),
                        Arc.container().instance(ResponseCache.class).get()));
    }
}
