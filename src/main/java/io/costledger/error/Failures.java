package io.costledger.error;

import io.micrometer.core.instrument.Metrics;
import java.util.Map;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * The service's boundary for failures: whatever escapes a resolver or an endpoint becomes a {@link LedgerException}.
 * A database that cannot be reached is {@code DATABASE_UNAVAILABLE}; anything unexpected is logged under a fresh
 * errorId and answered with only that id.
 */
public final class Failures {

    private static final Logger LOG = Logger.getLogger("io.costledger.errors");

    /** Requests answered SERVICE_BUSY because every database connection was in use. */
    public static final String BUSY = "ledger.service.busy";

    private Failures() {}

    /** What the caller hears of this failure. */
    public static LedgerException answer(Throwable failure) {
        Throwable cause = unwrap(failure);
        if (cause instanceof LedgerException expected) {
            return expected;
        }
        if (DatabaseOutages.isPoolExhausted(cause)) {
            Metrics.counter(BUSY).increment();
            return new LedgerException(
                    ErrorCode.SERVICE_BUSY,
                    "The service is busy: every database connection is in use. Try again in a moment.");
        }
        if (DatabaseOutages.isOutage(cause)) {
            LOG.warnf("The database is unavailable: %s", cause.getMessage());
            return databaseUnavailable();
        }
        String errorId = UUID.randomUUID().toString();
        LOG.errorf(cause, "Unexpected error, errorId %s", errorId);
        return new LedgerException(
                ErrorCode.INTERNAL_ERROR,
                "Unexpected error; it was logged under errorId " + errorId + ".",
                Map.of("errorId", errorId));
    }

    public static LedgerException databaseUnavailable() {
        return new LedgerException(
                ErrorCode.DATABASE_UNAVAILABLE,
                "The database is unavailable right now; nothing was written. Try again in a moment.");
    }

    /** The failure behind the wrappers that futures and reflection put around it. */
    private static Throwable unwrap(Throwable failure) {
        Throwable cause = failure;
        while ((cause instanceof java.util.concurrent.CompletionException
                        || cause instanceof java.lang.reflect.InvocationTargetException
                        || cause instanceof java.util.concurrent.ExecutionException)
                && cause.getCause() != null) {
            cause = cause.getCause();
        }
        return cause;
    }
}
