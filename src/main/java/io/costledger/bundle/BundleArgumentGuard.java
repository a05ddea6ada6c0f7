package io.costledger.bundle;

import com.fasterxml.jackson.databind.ObjectMapper;
import graphql.execution.ExecutionStepInfo;
import graphql.schema.DataFetcher;
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
public class BundleArgumentGuard {

    @Inject
    BundleGraphQL bundles;

    @Inject
    ObjectMapper mapper;

    /** The fetcher of a field, checking the argument first where the field is {@code Mutation.loadBundle}. */
    public DataFetcher<?> wrap(DataFetcher<?> fetcher, ExecutionStepInfo field) {
        boolean loadBundle = "loadBundle".equals(field.getFieldDefinition().getName())
                && "Mutation".equals(field.getObjectType().getName());
        if (!loadBundle) {
            return fetcher;
        }
        return environment -> {
            ParsedBundle parsed = new BundleDocument(mapper).fromArgument(environment.getArgument("bundle"));
            return parsed.problems().isEmpty() ? fetcher.get(environment) : bundles.load(parsed);
        };
    }
}
