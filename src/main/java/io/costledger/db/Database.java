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

    /** Every SQL statement sent to the database: {@code ledger_sql_statements_total}. */
    static final String STATEMENTS = "ledger.sql.statements";

    private final AgroalDataSource dataSource;
    private final TransactionSynchronizationRegistry transactions;
    private final Instance<ReadSnapshot> snapshots;
    private final Instance<RequestDeadline> deadlines;
    private final Counter statements;
    private final ReadReplica replica;

    @Inject
    public Database(
            AgroalDataSource dataSource,
            TransactionSynchronizationRegistry transactions,
            Instance<ReadSnapshot> snapshots,
            Instance<RequestDeadline> deadlines,
            ReadReplica replica,
            MeterRegistry registry) {
        this.replica = replica;
        this.dataSource = dataSource;
        this.transactions = transactions;
        this.snapshots = snapshots;
        this.deadlines = deadlines;
        this.statements = statements(registry);
    }

    /** The counter of every statement sent, {@code ledger_sql_statements_total}, shared by all who send them. */
    static Counter statements(MeterRegistry registry) {
        return Counter.builder(STATEMENTS)
                .description("SQL statements sent to the database")
                .register(registry);
    }

    /** Runs {@code work} on the connection of the current write transaction, or of the request's snapshot. */
    public <T> T read(Function<Sql, T> work) {
        if (inTransaction()) {
            return write(work);
        }
        ReadSnapshot snapshot = snapshots.get();
        try {
            return work.apply(new Sql(snapshot.connection(), deadline(), statements));
        } catch (SQLException e) {
            throw new DataAccessException("Could not open a read transaction", e);
        } catch (DataAccessException failed) {
            if (snapshot.onReplica() && ReadSnapshot.cancelledByRecovery(failed)) {
                snapshot.conflicted(); // the request is run again on the primary
            }
            throw failed;
        }
    }

    /**
     * The version the request's snapshot sees, outside a write transaction; empty inside one (the caller reads it on
     * the transaction's connection).
     */
    public java.util.OptionalLong snapshotVersion() {
        return inTransaction()
                ? java.util.OptionalLong.empty()
                : java.util.OptionalLong.of(snapshots.get().version());
    }

    /** Runs {@code work} in the current write transaction, which must be active. */
    public <T> T write(Function<Sql, T> work) {
        if (!inTransaction()) {
            throw new IllegalStateException("Writes run inside a transaction");
        }
        try (Connection connection = dataSource.getConnection()) {
            return work.apply(new Sql(connection, deadline(), statements, true));
        } catch (SQLException e) {
            throw new DataAccessException("Could not reach the transaction's connection", e);
        }
    }

    /**
     * Runs {@code work} in a read-only snapshot of its own, outside the request's: for downloads, which stream after
     * the request's resources are gone. The connection is closed when the work ends.
     */
    public <T> T snapshot(Deadline deadline, Function<Sql, T> work) {
        return snapshot(deadline, 0, work);
    }

    /** Like {@link #snapshot(Deadline, Function)}, at least at this version (on the replica once it has it). */
    public <T> T snapshot(Deadline deadline, long atLeast, Function<Sql, T> work) {
        ReadSnapshot own = new ReadSnapshot();
        own.dataSource = dataSource;
        own.replica = replica;
        own.atLeast(atLeast);
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
