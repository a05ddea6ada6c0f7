package io.costledger.error;

import java.sql.SQLException;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.Optional;
import java.util.Set;

/** Tells a database that went away from any other failure. */
public final class DatabaseOutages {

    /**
     * SQL states of a database going away, besides class 08 (connection exceptions): shut down by an administrator or
     * the server, not accepting connections (55000 at connect), too many connections.
     */
    private static final Set<String> STATES = Set.of("57P01", "57P02", "57P03", "55000", "53300");

    private DatabaseOutages() {}

    /**
     * Whether the failure is the database being unreachable rather than anything about the request. Its causes are
     * searched, and what each of them suppressed: a commit that fails because the connection was cut keeps the
     * driver's error there (the transaction manager's {@code RollbackException} suppresses the resource's
     * {@code XAException}, whose cause it is).
     */
    public static boolean isOutage(Throwable failure) {
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        Deque<Throwable> next = new ArrayDeque<>();
        next.add(failure);
        while (!next.isEmpty()) {
            Throwable cause = next.pop();
            if (!seen.add(cause)) {
                continue;
            }
            if (cause instanceof SQLException sql && outage(sql)) {
                return true;
            }
            if (cause.getCause() != null) {
                next.add(cause.getCause());
            }
            next.addAll(Arrays.asList(cause.getSuppressed()));
        }
        return false;
    }

    private static boolean outage(SQLException sql) {
        String state = Optional.ofNullable(sql.getSQLState()).orElse("");
        return state.startsWith("08")
                || STATES.contains(state)
                || String.valueOf(sql.getMessage()).contains("Acquisition timeout");
    }

    /**
     * Whether the failure is the connection pool at its limit (every connection in use past the acquisition timeout):
     * the service is busy, the database is fine. A connection that cannot be made in time is an outage instead.
     */
    public static boolean isPoolExhausted(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && "Sorry, acquisition timeout!".equals(sql.getMessage())) {
                return true;
            }
        }
        return false;
    }

    /** The SQL state of the first SQL failure behind this one. */
    public static Optional<String> sqlState(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && sql.getSQLState() != null) {
                return Optional.of(sql.getSQLState());
            }
        }
        return Optional.empty();
    }
}
