package io.costledger.api;

import graphql.ExecutionResult;
import graphql.analysis.MaxQueryComplexityInstrumentation;
import graphql.analysis.MaxQueryDepthInstrumentation;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimpleInstrumentationContext;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationCreateStateParameters;
import graphql.execution.instrumentation.parameters.InstrumentationExecuteOperationParameters;
import graphql.execution.instrumentation.parameters.InstrumentationExecutionParameters;
import graphql.execution.instrumentation.parameters.InstrumentationFieldFetchParameters;
import graphql.execution.instrumentation.parameters.InstrumentationValidationParameters;
import graphql.schema.DataFetcher;
import graphql.validation.ValidationError;
import io.costledger.bundle.BundleArgumentGuard;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * The service's one graphql-java instrumentation: request metrics and logs, the depth and complexity limits, direct
 * reads of record fields, the bundle argument guard, and the wording of errors. One instrumentation rather than a
 * chain of them: a chain calls every member for every field of every answer.
 */
final class ServiceInstrumentation extends SimplePerformantInstrumentation {

    private final RequestObservation observation;
    private final BundleArgumentGuard bundleGuard;
    private final RecordFieldFetchers records = new RecordFieldFetchers();
    private final MaxQueryDepthInstrumentation depth;
    private final MaxQueryComplexityInstrumentation complexity;

    ServiceInstrumentation(
            RequestObservation observation,
            BundleArgumentGuard bundleGuard,
            MaxQueryDepthInstrumentation depth,
            MaxQueryComplexityInstrumentation complexity) {
        this.observation = observation;
        this.bundleGuard = bundleGuard;
        this.depth = depth;
        this.complexity = complexity;
    }

    /** One request's state: its observation and what the complexity limit keeps between validation and execution. */
    private record State(RequestObservation.Request request, InstrumentationState complexity)
            implements InstrumentationState {}

    @Override
    public CompletableFuture<InstrumentationState> createStateAsync(InstrumentationCreateStateParameters parameters) {
        return complexity.createStateAsync(parameters).thenApply(limit -> new State(observation.start(), limit));
    }

    @Override
    public InstrumentationContext<ExecutionResult> beginExecution(
            InstrumentationExecutionParameters parameters, InstrumentationState state) {
        return observation.timing(((State) state).request());
    }

    @Override
    public InstrumentationContext<List<ValidationError>> beginValidation(
            InstrumentationValidationParameters parameters, InstrumentationState state) {
        return complexity.beginValidation(parameters, ((State) state).complexity());
    }

    @Override
    public InstrumentationContext<ExecutionResult> beginExecuteOperation(
            InstrumentationExecuteOperationParameters parameters, InstrumentationState state) {
        State request = (State) state;
        observation.operation(
                request.request(), parameters.getExecutionContext().getOperationDefinition());
        depth.beginExecuteOperation(parameters, null);
        complexity.beginExecuteOperation(parameters, request.complexity());
        return SimpleInstrumentationContext.noOp();
    }

    @Override
    public DataFetcher<?> instrumentDataFetcher(
            DataFetcher<?> fetcher, InstrumentationFieldFetchParameters parameters, InstrumentationState state) {
        return records.wrap(
                bundleGuard.wrap(fetcher, parameters.getExecutionStepInfo()),
                parameters.getExecutionStepInfo().getFieldDefinition().getName());
    }

    @Override
    public CompletableFuture<ExecutionResult> instrumentExecutionResult(
            ExecutionResult result, InstrumentationExecutionParameters parameters, InstrumentationState state) {
        return CompletableFuture.completedFuture(ErrorMessages.reword(result));
    }
}
