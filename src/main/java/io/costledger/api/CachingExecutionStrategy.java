package io.costledger.api;

import graphql.ExecutionResult;
import graphql.execution.AsyncExecutionStrategy;
import graphql.execution.DataFetcherExceptionHandler;
import graphql.execution.ExecutionContext;
import graphql.execution.ExecutionStrategyParameters;
import graphql.execution.NonNullableFieldWasNullException;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/** Executes queries, answering a query the {@link ResponseCache} holds for the ledger's current version from it. */
final class CachingExecutionStrategy extends AsyncExecutionStrategy {

    private final ResponseCache cache;

    CachingExecutionStrategy(DataFetcherExceptionHandler exceptionHandler, ResponseCache cache) {
        super(exceptionHandler);
        this.cache = cache;
    }

    @Override
    public CompletableFuture<ExecutionResult> execute(ExecutionContext context, ExecutionStrategyParameters parameters)
            throws NonNullableFieldWasNullException {
        if (!cache.enabled()) {
            return super.execute(context, parameters);
        }
        ResponseCache.Key key = new ResponseCache.Key(
                context.getExecutionInput().getQuery(),
                context.getOperationDefinition().getName(),
                context.getCoercedVariables().toMap());
        long version = cache.version();
        Optional<ExecutionResult> cached = cache.get(key, version);
        if (cached.isPresent()) {
            return CompletableFuture.completedFuture(cached.get());
        }
        return super.execute(context, parameters).thenApply(result -> {
            if (result.getErrors().isEmpty()) {
                cache.put(key, version, result);
            }
            return result;
        });
    }
}
