package io.costledger.error;

import java.sql.SQLException;
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

    /** Whether the failure is the database being unreachable rather than anything about the request. */
    public static boolean isOutage(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql) {
                String state = Optional.ofNullable(sql.getSQLState()).orElse("");
                if (state.startsWith("08")
                        || STATES.contains(state)
                        || String.valueOf(sql.getMessage()).contains("Acquisition timeout")) {
                    return true;
                }
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
