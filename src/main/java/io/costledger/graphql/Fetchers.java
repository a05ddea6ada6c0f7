package io.costledger.graphql;

import graphql.schema.DataFetcher;
import graphql.schema.DataFetchingEnvironment;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.LightDataFetcher;
import io.costledger.limits.Deadline;
import java.lang.invoke.MethodHandle;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.function.Supplier;
import org.dataloader.DataLoader;
import org.dataloader.DataLoaderFactory;

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
            Object[] arguments = resolver.arguments(environment.getArguments());
            Deadline deadline = deadline(environment);
            DataLoader<Object, Object> loader = environment
                    .getDataLoaderRegistry()
                    .computeIfAbsent(
                            coordinate + java.util.Arrays.asList(arguments),
                            name -> DataLoaderFactory.newDataLoader(parents -> batch(deadline, parents, arguments)));
            return loader.load(environment.getSource()).thenApply(resolver.limit()::check);
        }

        private CompletableFuture<List<Object>> batch(Deadline deadline, List<Object> parents, Object[] arguments) {
            try {
                deadline.check();
                @SuppressWarnings("unchecked")
                List<Object> values = (List<Object>) resolver.callWith(parents, arguments);
                return CompletableFuture.completedFuture(values);
            } catch (Exception e) {
                return CompletableFuture.failedFuture(e);
            }
        }
    }

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
