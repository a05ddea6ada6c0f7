package io.costledger.graphql;

import graphql.schema.DataFetcher;
import graphql.schema.DataFetchingEnvironment;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.LightDataFetcher;
import io.costledger.limits.Deadline;
import java.lang.invoke.MethodHandle;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.function.Supplier;
import org.dataloader.DataLoader;
import org.dataloader.DataLoaderFactory;
import org.dataloader.Try;

/** The three kinds of data fetcher the service installs; see {@link ResolverWiring}. */
final class Fetchers {

    private Fetchers() {}

    /** Reads a plain field of a record (or a public field) with its accessor: no environment is built. */
    record Accessor(MethodHandle accessor, ListLimit limit) implements LightDataFetcher<Object> {

        @Override
        public Object get(GraphQLFieldDefinition field, Object source, Supplier<DataFetchingEnvironment> environment)
                throws Exception {
            return limit.check(invoke(accessor, source));
        }

        @Override
        public Object get(DataFetchingEnvironment environment) throws Exception {
            return limit.check(invoke(accessor, environment.getSource()));
        }
    }

    /** Calls a resolver method once per field: a root field, or a field of one parent. */
    record Method(Resolver resolver) implements DataFetcher<Object> {

        @Override
        public Object get(DataFetchingEnvironment environment) throws Exception {
            deadline(environment).check();
            Object result = resolver.call(environment.getSource(), environment.getArguments());
            if (result instanceof CompletionStage<?> stage) {
                return stage.toCompletableFuture().thenApply(resolver.limit()::check);
            }
            return resolver.limit().check(result);
        }
    }

    /**
     * Resolves a field for a whole level of parents at once: a resolver method taking {@code @Source List<P>} is the
     * batch function of a DataLoader of this request, one per field and set of argument values, so that two aliases
     * with different arguments never share a batch and only the parents that ask for the field are computed.
     */
    record Batch(String coordinate, Resolver resolver) implements DataFetcher<CompletableFuture<Object>> {

        @Override
        public CompletableFuture<Object> get(DataFetchingEnvironment environment) {
            // per field and parent: find this request's loader (by name alone when the field takes no arguments)
            String name;
            Object[] arguments;
            if (resolver.parameters().isEmpty()) {
                name = coordinate;
                arguments = NO_ARGUMENTS;
            } else {
                arguments = resolver.arguments(environment.getArguments());
                name = coordinate + java.util.Arrays.asList(arguments);
            }
            DataLoader<Object, Object> loader = environment
                    .getDataLoaderRegistry()
                    .computeIfAbsent(name, key -> {
                        Deadline deadline = deadline(environment);
                        return DataLoaderFactory.newDataLoaderWithTry(
                                (List<Object> parents) -> batch(deadline, parents, arguments));
                    });
            return loader.load(environment.getSource());
        }

        /**
         * The batch function: every parent's value at once. A list longer than the field's maximum fails for its
         * own parent only.
         */
        private CompletableFuture<List<Try<Object>>> batch(
                Deadline deadline, List<Object> parents, Object[] arguments) {
            try {
                deadline.check();
                @SuppressWarnings("unchecked")
                List<Object> values = (List<Object>) resolver.callWith(parents, arguments);
                List<Try<Object>> checked = new ArrayList<>(values.size());
                for (Object value : values) {
                    checked.add(Try.tryCall(() -> resolver.limit().check(value)));
                }
                return CompletableFuture.completedFuture(checked);
            } catch (Exception e) {
                return CompletableFuture.failedFuture(e);
            }
        }
    }

    private static final Object[] NO_ARGUMENTS = {};

    static Deadline deadline(DataFetchingEnvironment environment) {
        return environment.getGraphQlContext().get(Deadline.class);
    }

    static Object invoke(MethodHandle handle, Object source) throws Exception {
        try {
            return handle.invoke(source);
        } catch (Exception | Error e) {
            throw e;
        } catch (Throwable e) {
            throw new IllegalStateException(e);
        }
    }
}
