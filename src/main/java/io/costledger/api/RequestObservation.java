package io.costledger.api;

import graphql.ExecutionResult;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.SimpleInstrumentationContext;
import graphql.language.OperationDefinition;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import org.jboss.logging.Logger;
import org.jboss.logging.MDC;

/**
 * Times every GraphQL request: a Prometheus timer {@code ledger_graphql_requests_seconds} tagged with the operation's
 * name and type and the outcome, and one log line per request with the same facts.
 */
@ApplicationScoped
public class RequestObservation {

    static final String METER = "ledger.graphql.requests";
    private static final Logger LOG = Logger.getLogger("io.costledger.graphql");
    /** Operation names are the client's: tag at most this many distinct ones, the rest as "other". */
    private static final int MAX_NAMES = 200;

    private static final Pattern NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]{0,63}");

    private final Set<String> names = ConcurrentHashMap.newKeySet();

    @Inject
    MeterRegistry registry;

    /** What is known of one request as it runs. */
    static final class Request {
        final long started = System.nanoTime();
        volatile String name = "anonymous";
        volatile String type = "unknown";
    }

    /** A request begins. */
    Request start() {
        return new Request();
    }

    /** The operation is known: its name and type tag the request. */
    void operation(Request request, OperationDefinition operation) {
        request.type = operation.getOperation().name().toLowerCase(java.util.Locale.ROOT);
        request.name = operation.getName() == null ? "anonymous" : bounded(operation.getName());
    }

    /** Records the request when its answer is complete. */
    InstrumentationContext<ExecutionResult> timing(Request request) {
        return SimpleInstrumentationContext.whenCompleted((result, failure) -> finish(request, result, failure));
    }

    private void finish(Request request, ExecutionResult result, Throwable failure) {
        long nanos = System.nanoTime() - request.started;
        String outcome = failure != null || result == null
                ? "failed"
                : result.getErrors().isEmpty() ? "ok" : result.getData() == null ? "rejected" : "partial";
        Timer.builder(METER)
                .description("GraphQL requests by operation name, type and outcome")
                .tags("operation", request.name, "type", request.type, "outcome", outcome)
                .register(registry)
                .record(nanos, java.util.concurrent.TimeUnit.NANOSECONDS);
        double millis = nanos / 1_000_000.0;
        MDC.put("graphql.operation", request.name);
        MDC.put("graphql.type", request.type);
        MDC.put("graphql.outcome", outcome);
        MDC.put("graphql.durationMs", String.format("%.1f", millis));
        try {
            LOG.infof("GraphQL %s %s: %s in %.1f ms", request.type, request.name, outcome, millis);
        } finally {
            MDC.remove("graphql.operation");
            MDC.remove("graphql.type");
            MDC.remove("graphql.outcome");
            MDC.remove("graphql.durationMs");
        }
    }

    private String bounded(String name) {
        if (!NAME.matcher(name).matches()) {
            return "other";
        }
        if (names.contains(name) || (names.size() < MAX_NAMES && names.add(name))) {
            return name;
        }
        return "other";
    }
}
