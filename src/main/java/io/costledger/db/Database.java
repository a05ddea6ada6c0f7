package io.costledger.db;

import io.agroal.api.AgroalDataSource;
import io.costledger.limits.Deadline;
import io.costledger.limits.RequestDeadline;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.arc.Arc;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.function.Function;

/**
 * Where statements run: inside a write transaction, on its connection (so reads see the transaction's own writes);
 * otherwise on the request's {@link ReadSnapshot}. Counts every statement as {@code ledger_sql_statements_total}.
 */
@ApplicationScoped
public class Database {

    private final AgroalDataSource dataSource;
    private final TransactionSynchronizationRegistry transactions;
    private final Instance<ReadSnapshot> snapshots;
    private final Instance<RequestDeadline> deadlines;
    private final Counter statements;

    @Inject
    public Database(
            AgroalDataSource dataSource,
            TransactionSynchronizationRegistry transactions,
            Instance<ReadSnapshot> snapshots,
            Instance<RequestDeadline> deadlines,
            MeterRegistry registry) {
        this.dataSource = dataSource;
        this.transactions = transactions;
        this.snapshots = snapshots;
        this.deadlines = deadlines;
        this.statements = Counter.builder("ledger.sql.statements")
                .description("SQL statements sent to the database")
                .register(registry);
    }

    /** Runs {@code work} on the connection of the current write transaction, or of the request's snapshot. */
    public <T> T read(Function<Sql, T> work) {
        if (inTransaction()) {
            return write(work);
        }
        try {
            return work.apply(new Sql(snapshots.get().connection(), deadline(), statements));
        } catch (SQLException e) {
            throw new DataAccessException("Could not open a read transaction", e);
        }
    }

    /** Runs {@code work} in the current write transaction, which must be active. */
    public <T> T write(Function<Sql, T> work) {
        if (!inTransaction()) {
            throw new IllegalStateException("Writes run inside a transaction");
        }
        try (Connection connection = dataSource.getConnection()) {
            return work.apply(new Sql(connection, deadline(), statements));
        } catch (SQLException e) {
            throw new DataAccessException("Could not reach the transaction's connection", e);
        }
    }

    /**
     * Runs {@code work} in a read-only snapshot of its own, outside the request's: for downloads, which stream after
     * the request's resources are gone. The connection is closed when the work ends.
     */
    public <T> T snapshot(Deadline deadline, Function<Sql, T> work) {
        ReadSnapshot own = new ReadSnapshot();
        own.dataSource = dataSource;
        try {
            return work.apply(new Sql(own.connection(), deadline, statements));
        } catch (SQLException e) {
            throw new DataAccessException("Could not open a read transaction", e);
        } finally {
            own.close();
        }
    }

    private boolean inTransaction() {
        return transactions.getTransactionStatus() == Status.STATUS_ACTIVE;
    }

    /** The request's deadline, or none outside a request (start-up work). */
    private Deadline deadline() {
        return Arc.container().requestContext().isActive() ? deadlines.get().current() : Deadline.NONE;
    }
}
