package io.costledger.api;

import jakarta.annotation.Priority;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InterceptorBinding;
import jakarta.interceptor.InvocationContext;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * The service's boundary for failures: what leaves a resolver or an endpoint is a {@link LedgerException} with a code
 * and a message meant for the caller. A database that cannot be reached becomes {@link DatabaseUnavailableException};
 * anything else is logged with a fresh errorId and answered with only that id.
 */
public final class ApiErrors {

    private static final Logger LOG = Logger.getLogger("io.costledger.errors");

    private ApiErrors() {}

    /** Marks a GraphQL API or REST resource whose failures pass through {@link Boundary}. */
    @InterceptorBinding
    @Retention(RetentionPolicy.RUNTIME)
    @Target(ElementType.TYPE)
    public @interface Guarded {}

    @Guarded
    @Interceptor
    @Priority(Interceptor.Priority.PLATFORM_BEFORE + 100)
    public static class Boundary {

        @AroundInvoke
        Object guard(InvocationContext call) throws Exception {
            try {
                return call.proceed();
            } catch (LedgerException expected) {
                throw expected;
            } catch (RuntimeException failure) {
                throw translate(failure);
            }
        }
    }

    /** The exception the caller gets for an unexpected failure. */
    public static LedgerException translate(Throwable failure) {
        if (DatabaseOutages.isOutage(failure)) {
            LOG.warnf("The database is unavailable: %s", failure.getMessage());
            return new DatabaseUnavailableException();
        }
        String errorId = UUID.randomUUID().toString();
        LOG.errorf(failure, "Unexpected error, errorId %s", errorId);
        return new UnexpectedErrorException(errorId);
    }
}
