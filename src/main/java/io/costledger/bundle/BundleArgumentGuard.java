package io.costledger.bundle;

import com.fasterxml.jackson.databind.ObjectMapper;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationFieldFetchParameters;
import graphql.schema.DataFetcher;
import graphql.schema.DataFetchingEnvironment;
import graphql.schema.GraphQLObjectType;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Checks the {@code bundle} argument of {@code loadBundle} the way {@code POST /bundles} checks its body.
 *
 * <p>SmallRye converts arguments to Java before calling a resolver, and reports a malformed date or number there as
 * an unreadable conversion failure. This looks at the argument first: when a value does not fit its field, the
 * bundle goes to the loader without it, and the caller hears of it with every other problem of the bundle.
 */
@ApplicationScoped
public class BundleArgumentGuard extends SimplePerformantInstrumentation {

    @Inject
    BundleGraphQL bundles;

    @Inject
    ObjectMapper mapper;

    @Override
    public DataFetcher<?> instrumentDataFetcher(
            DataFetcher<?> fetcher, InstrumentationFieldFetchParameters parameters, InstrumentationState state) {
        DataFetchingEnvironment field = parameters.getEnvironment();
        boolean loadBundle = field.getParentType() instanceof GraphQLObjectType parent
                && "Mutation".equals(parent.getName())
                && "loadBundle".equals(field.getFieldDefinition().getName());
        if (!loadBundle) {
            return fetcher;
        }
        return environment -> {
            ParsedBundle parsed = new BundleDocument(mapper).fromArgument(environment.getArgument("bundle"));
            return parsed.problems().isEmpty() ? fetcher.get(environment) : bundles.load(parsed);
        };
    }
}
