package io.costledger.graphql;

import graphql.ExecutionResult;
import graphql.execution.RawVariables;
import graphql.execution.preparsed.PreparsedDocumentEntry;
import graphql.language.Document;
import graphql.language.OperationDefinition;
import io.costledger.db.ReadSnapshot;
import io.costledger.error.ErrorCode;
import io.costledger.error.Failures;
import io.costledger.error.LedgerException;
import io.costledger.limits.Deadline;
import io.costledger.limits.Limits;
import io.costledger.limits.QueryGate;
import io.costledger.state.LedgerSize;
import io.costledger.state.LedgerVersion;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;

/**
 * One GraphQL request from document to bytes: parse and validate (cached), pick the operation, answer from the
 * response cache when the ledger has not changed (a kept answer passed every check below at that version), else
 * refuse what this caller may not run (a mutation over GET or from another site), coerce the variables strictly,
 * measure the query against the limits before anything touches the database, execute, and write the answer within
 * the size limit.
 */
@ApplicationScoped
public class GraphQLExecution {

    /** Errors of the request itself: their HTTP 4xx for clients of application/graphql-response+json, else 200. */
    private static final Set<ErrorCode> REQUEST_ERRORS = EnumSet.of(
            ErrorCode.PERSISTED_QUERY_NOT_FOUND,
            ErrorCode.PERSISTED_QUERY_HASH_MISMATCH,
            ErrorCode.DOCUMENT_NOT_TRUSTED,
            ErrorCode.GRAPHQL_PARSE_FAILED,
            ErrorCode.GRAPHQL_VALIDATION_FAILED,
            ErrorCode.INVALID_VARIABLES,
            ErrorCode.QUERY_TOO_DEEP,
            ErrorCode.QUERY_TOO_COMPLEX,
            ErrorCode.RESPONSE_TOO_LARGE);

    @Inject
    GraphQLEngine engine;

    @Inject
    Limits limits;

    @Inject
    QueryGate gate;

    @Inject
    ResponseCache cache;

    @Inject
    LedgerVersion ledger;

    @Inject
    LedgerSize size;

    @Inject
    RequestMetrics metrics;

    @Inject
    TrustedDocuments trusted;

    @Inject
    Instance<ReadSnapshot> snapshots;

    /** A request that passed every check, ready to run. */
    private record Checked(OperationDefinition operation, String type) {}

    public Answer answer(GraphQLRequest request, Caller caller, Deadline deadline) {
        long started = System.nanoTime();
        PreparsedDocumentEntry document;
        try {
            trusted.admit(request, caller);
            document = engine.document(request);
        } catch (LedgerException refused) {
            metrics.record(null, null, RequestMetrics.Outcome.REJECTED, started);
            return refusal(refused, caller);
        }
        if (document.hasErrors()) {
            metrics.record(null, null, RequestMetrics.Outcome.REJECTED, started);
            return new Answer(
                    status(GraphQLErrors.code(document.getErrors().get(0)), caller),
                    AnswerWriter.errors(GraphQLErrors.shape(document.getErrors())),
                    Map.of());
        }
        Checked checked;
        Optional<ResponseCache.Key> key;
        try {
            OperationDefinition operation = Operations.pick(document.getDocument(), request.operationName());
            key = operation.getOperation() == OperationDefinition.Operation.QUERY
                    ? cacheKey(request)
                    : Optional.empty();
            // a kept answer is the answer of a query that passed every check below at this very ledger version
            Optional<byte[]> cached = key.flatMap(cache::get);
            if (cached.isPresent()) {
                metrics.record(metricName(request, operation), "query", RequestMetrics.Outcome.OK, started);
                return versioned(Answer.complete(cached.get()), key.get().version());
            }
            checked = check(request, caller, document.getDocument(), operation);
        } catch (LedgerException refused) {
            metrics.record(null, null, RequestMetrics.Outcome.REJECTED, started);
            return refusal(refused, caller);
        }
        String name = metricName(request, checked.operation());
        if (checked.type().equals("mutation")) {
            deadline.limit(limits.loadTimeout());
        }
        try {
            Executed executed = execute(request, checked, key, deadline);
            metrics.record(name, checked.type(), executed.outcome(), started);
            // the version the answer was read at; after a load, the version now (at least the load's)
            OptionalLong read = checked.type().equals("query") ? versionRead() : versionNow();
            return read.isPresent() ? versioned(executed.answer(), read.getAsLong()) : executed.answer();
        } catch (LedgerException refused) {
            metrics.record(name, checked.type(), RequestMetrics.Outcome.REJECTED, started);
            return refusal(refused, caller);
        }
    }

    /** Only the names of trusted documents (the page's, the operator's) become metric labels; others are "other". */
    private String metricName(GraphQLRequest request, OperationDefinition operation) {
        return operation.getName() == null || trusted.known(request) ? operation.getName() : RequestMetrics.OTHER;
    }

    private Checked check(GraphQLRequest request, Caller caller, Document document, OperationDefinition operation) {
        boolean mutation = operation.getOperation() == OperationDefinition.Operation.MUTATION;
        if (mutation && caller.viaGet()) {
            throw new LedgerException(
                    ErrorCode.METHOD_NOT_ALLOWED, "A mutation runs only in a POST request, never over GET.");
        }
        if (mutation && caller.foreignOrigin()) {
            throw new LedgerException(
                    ErrorCode.FORBIDDEN_ORIGIN,
                    "Writes are refused from pages of other sites; load bundles from the service's own pages or"
                            + " without a browser.");
        }
        RawVariables variables = Variables.of(operation, request);
        QueryCost.Measure measure = engine.built()
                .cost()
                .measure(engine.built().schema(), document, request.operationName(), variables, size::models);
        Operations.withinLimits(measure, limits);
        return new Checked(operation, operation.getOperation().name().toLowerCase(Locale.ROOT));
    }

    /** An executed request's answer and how it went. */
    private record Executed(Answer answer, RequestMetrics.Outcome outcome) {}

    private Executed execute(
            GraphQLRequest request, Checked checked, Optional<ResponseCache.Key> key, Deadline deadline) {
        // a query computes in its turn (loads have their own order: the ledger version they raise)
        Computed computed = checked.type().equals("query")
                ? gate.through(deadline, () -> compute(request, deadline))
                : compute(request, deadline);
        boolean again = snapshots.get().cancelledOnReplica();
        if (again) { // the replica replayed what the query read: the whole query again, on the primary
            snapshots.get().primaryOnly();
            computed = gate.through(deadline, () -> compute(request, deadline));
        }
        ExecutionResult result = computed.result();
        byte[] body = computed.body();
        if (result.getErrors().isEmpty()) {
            if (!again) { // an answer read on the primary after the replica's version is kept under neither
                key.ifPresent(kept -> cache.put(kept, body));
            }
            return new Executed(
                    checked.type().equals("query") ? Answer.complete(body) : Answer.ok(body),
                    RequestMetrics.Outcome.OK);
        }
        RequestMetrics.Outcome outcome =
                result.getData() == null ? RequestMetrics.Outcome.FAILED : RequestMetrics.Outcome.PARTIAL;
        boolean busy =
                result.getErrors().stream().anyMatch(error -> GraphQLErrors.code(error) == ErrorCode.SERVICE_BUSY);
        // every connection in use: the client (or its proxy) is told to come back, not to read a partial answer
        return new Executed(busy ? new Answer(503, body, Map.of("Retry-After", "1")) : Answer.ok(body), outcome);
    }

    private record Computed(ExecutionResult result, byte[] body) {}

    private Computed compute(GraphQLRequest request, Deadline deadline) {
        ExecutionResult result = engine.run(request, deadline);
        Map<String, Object> answer = new LinkedHashMap<>();
        if (result.isDataPresent()) {
            answer.put("data", result.getData());
        }
        if (!result.getErrors().isEmpty()) {
            answer.put("errors", GraphQLErrors.shape(result.getErrors()));
        }
        return new Computed(result, AnswerWriter.write(answer, limits.maxResponseBytes()));
    }

    /**
     * The version the request's snapshot sees: the one it read at, or, for a query that read nothing from the database,
     * the version now in a snapshot of its own; none when the database does not answer.
     */
    private OptionalLong versionRead() {
        try {
            return OptionalLong.of(snapshots.get().version());
        } catch (RuntimeException unreadable) {
            return OptionalLong.empty();
        }
    }

    /** The ledger's version now, if the database answers (an answer about an outage has none to name). */
    private OptionalLong versionNow() {
        try {
            return OptionalLong.of(ledger.now());
        } catch (RuntimeException unreadable) {
            return OptionalLong.empty();
        }
    }

    /** The answer with the ledger version it was read at, as {@code Ledger-Version}. */
    private static Answer versioned(Answer answer, long version) {
        Map<String, String> headers = new java.util.HashMap<>(answer.headers());
        headers.put("Ledger-Version", Long.toString(version));
        return new Answer(answer.status(), answer.body(), headers, answer.complete());
    }

    /** The cache key of a query at the ledger's version, if the cache may keep it and the version can be read. */
    private Optional<ResponseCache.Key> cacheKey(GraphQLRequest request) {
        if (!cache.enabled()) {
            return Optional.empty();
        }
        long version;
        try {
            version = ledger.current();
        } catch (RuntimeException unreadable) {
            return Optional.empty(); // the database is away: answer without the cache
        }
        ResponseCache.Key key = new ResponseCache.Key(
                version,
                request.document(),
                request.operationName(),
                request.variables().toString());
        return cache.keeps(key) ? Optional.of(key) : Optional.empty();
    }

    /** The answer to a request refused as a whole: its error only. */
    Answer refusal(LedgerException refused, Caller caller) {
        byte[] body = AnswerWriter.errors(List.of(GraphQLErrors.shape(refused)));
        Map<String, String> headers = switch (refused.code()) {
            case METHOD_NOT_ALLOWED -> Map.of("Allow", "POST");
            case SERVICE_BUSY -> Map.of("Retry-After", "1");
            case DATABASE_UNAVAILABLE -> Map.of("Retry-After", "5");
            default -> Map.of();
        };
        return new Answer(status(refused.code(), caller), body, headers);
    }

    /** A failure outside execution (the engine itself, or the database before it). */
    Answer failure(Throwable failure, Caller caller) {
        return refusal(Failures.answer(failure), caller);
    }

    private static int status(ErrorCode code, Caller caller) {
        if (REQUEST_ERRORS.contains(code)) {
            return caller.graphqlResponse() ? code.status() : 200;
        }
        return code.status();
    }
}
