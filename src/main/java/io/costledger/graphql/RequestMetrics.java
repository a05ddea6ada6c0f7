package io.costledger.graphql;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import org.jboss.logging.Logger;
import org.jboss.logging.MDC;

/**
 * Times every GraphQL request: the Prometheus timer {@code ledger_graphql_requests_seconds} tagged with the
 * operation's name and type and the outcome, and one log line per request with the same facts. Only names of
 * operations of trusted documents (the page's, the operator's files: {@link TrustedDocuments}) become tags, at most
 * {@link #MAX_NAMES} distinct ones; any other name is tagged {@code other}, so no caller can use up the slots.
 */
@ApplicationScoped
public class RequestMetrics {

    static final String METER = "ledger.graphql.requests";
    static final int MAX_NAMES = 200;
    static final String OTHER = "other";
    private static final Logger LOG = Logger.getLogger("io.costledger.graphql");

    private final Set<String> names = ConcurrentHashMap.newKeySet();

    @Inject
    MeterRegistry registry;

    /** The outcome of one request. */
    enum Outcome {
        OK,
        PARTIAL,
        REJECTED,
        FAILED;

        String tag() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /**
     * @param name the operation's name, or null where the request never had a valid operation
     * @param type query or mutation, or null likewise
     */
    void record(String name, String type, Outcome outcome, long startedNanos) {
        long nanos = System.nanoTime() - startedNanos;
        String operation = name == null ? (type == null ? "invalid" : "anonymous") : bounded(name);
        String kind = type == null ? "unknown" : type;
        Timer.builder(METER)
                .description("GraphQL requests by operation name, type and outcome")
                .tags("operation", operation, "type", kind, "outcome", outcome.tag())
                .register(registry)
                .record(nanos, TimeUnit.NANOSECONDS);
        double millis = nanos / 1_000_000.0;
        MDC.put("graphql.operation", operation);
        MDC.put("graphql.type", kind);
        MDC.put("graphql.outcome", outcome.tag());
        MDC.put("graphql.durationMs", String.format(Locale.ROOT, "%.1f", millis));
        try {
            LOG.infof("GraphQL %s %s: %s in %.1f ms", kind, operation, outcome.tag(), millis);
        } finally {
            MDC.remove("graphql.operation");
            MDC.remove("graphql.type");
            MDC.remove("graphql.outcome");
            MDC.remove("graphql.durationMs");
        }
    }

    private String bounded(String name) {
        if (names.contains(name) || (names.size() < MAX_NAMES && names.add(name))) {
            return name;
        }
        return OTHER;
    }
}
