package io.costledger.db;

import io.agroal.api.AgroalDataSource;
import io.micrometer.core.instrument.Metrics;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;
import java.util.OptionalLong;
import org.jboss.logging.Logger;

/**
 * The one read-only transaction a request reads in, so that it sees the ledger as of one moment and never half of a
 * load. Opened by the first statement, ended with the request. PostgreSQL's REPEATABLE READ is a snapshot of the
 * whole database taken at the first statement; H2's REPEATABLE READ snapshots each table at its first read, so on H2
 * the level is SNAPSHOT, which is what PostgreSQL's is. Its first statement reads the ledger version it sees
 * ({@link #version()}, the {@code Ledger-Version} of the answer). With a replica configured ({@link ReadReplica}) the
 * snapshot is taken there when the replica has replayed at least the version the request asks for
 * ({@link #atLeast}), else on the primary.
 */
@RequestScoped
public class ReadSnapshot {

    /** H2's transaction-wide snapshot isolation (not a JDBC constant). */
    private static final int H2_SNAPSHOT = 6;

    private static final Logger LOG = Logger.getLogger(ReadSnapshot.class);

    /** Snapshots taken, by where: {@code ledger_read_snapshots_total{from="replica"|"primary"}}. */
    static final String READS = "ledger.read.snapshots";

    @Inject
    AgroalDataSource dataSource;

    @Inject
    ReadReplica replica;

    private Connection connection;
    private boolean h2;
    private long minVersion;
    private long version = -1;
    private boolean onReplica;
    private boolean primaryOnly;
    private boolean conflicted;
    private SQLException failed;

    /** The request reads at least this version (its {@code Ledger-Min-Version}): the replica only once it has it. */
    public void atLeast(long version) {
        minVersion = Math.max(minVersion, version);
    }

    /** The snapshot is taken on the primary (a read the replica cancelled is run again there). */
    public void primaryOnly() {
        close();
        primaryOnly = true;
        conflicted = false;
        failed = null;
    }

    /** The replica cancelled one of the snapshot's statements (it replayed what the statement read). */
    void conflicted() {
        conflicted = true;
    }

    /** Whether the replica cancelled a statement of this snapshot: the request is to be run again on the primary. */
    public boolean cancelledOnReplica() {
        return conflicted;
    }

    /** Whether a failure is a hot standby cancelling a read that conflicts with what it replays. */
    static boolean cancelledByRecovery(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql
                    && "40001".equals(sql.getSQLState())
                    && String.valueOf(sql.getMessage()).contains("conflict with recovery")) {
                return true;
            }
        }
        return false;
    }

    /** Whether the snapshot is on the replica. */
    public boolean onReplica() {
        return onReplica;
    }

    /** The ledger version the snapshot sees (opening it if it is not open). */
    public long version() {
        try {
            connection();
        } catch (SQLException e) {
            throw new DataAccessException("Could not open a read transaction", e);
        }
        return version;
    }

    /** The ledger version the snapshot sees, if the request opened one. */
    public OptionalLong versionRead() {
        return connection == null ? OptionalLong.empty() : OptionalLong.of(version);
    }

    Connection connection() throws SQLException {
        if (failed != null) {
            throw failed; // the database did not answer this request once: it is not asked again
        }
        try {
            return connectionOnce();
        } catch (SQLException e) {
            failed = e;
            throw e;
        }
    }

    private Connection connectionOnce() throws SQLException {
        if (connection == null) {
            if (!primaryOnly) {
                Optional<ReadReplica.Opened> opened = replica.open(minVersion, snapshots());
                if (opened.isPresent()) {
                    connection = opened.get().connection();
                    version = opened.get().version();
                    onReplica = true;
                    Metrics.counter(READS, "from", "replica").increment();
                    return connection;
                }
            }
            connection = open(dataSource);
            onReplica = false;
            version = readVersion(connection);
            Metrics.counter(READS, "from", "primary").increment();
        }
        return connection;
    }

    private static long readVersion(Connection connection) throws SQLException {
        Metrics.counter(Database.STATEMENTS).increment();
        try (Statement statement = connection.createStatement();
                var row = statement.executeQuery("select content from ledger_state where name = 'ledger.version'")) {
            return row.next() ? Long.parseLong(row.getString(1)) : 0;
        }
    }

    private ReadReplica.Snapshots snapshots() {
        return new ReadReplica.Snapshots() {
            @Override
            public Connection open(AgroalDataSource source) throws SQLException {
                return ReadSnapshot.this.open(source);
            }

            @Override
            public void close(Connection opened) {
                end(opened);
            }
        };
    }

    private Connection open(AgroalDataSource source) throws SQLException {
        Connection opened = source.getConnection();
        try {
            opened.setAutoCommit(false);
            opened.setReadOnly(true);
            h2 = "H2".equals(opened.getMetaData().getDatabaseProductName());
            if (h2) {
                opened.setTransactionIsolation(H2_SNAPSHOT);
            } else {
                // for this transaction only: sent with its BEGIN READ ONLY, and nothing to reset afterwards
                try (Statement statement = opened.createStatement()) {
                    statement.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ");
                }
            }
            return opened;
        } catch (SQLException e) {
            opened.close();
            throw e;
        }
    }

    /** Ends the transaction and gives the connection back as it was borrowed. */
    @PreDestroy
    public void close() {
        Connection open = connection;
        connection = null;
        if (open != null) {
            end(open);
        }
    }

    private void end(Connection open) {
        try (open) {
            open.rollback();
            if (h2) {
                open.setTransactionIsolation(Connection.TRANSACTION_READ_COMMITTED);
            }
            open.setReadOnly(false);
            open.setAutoCommit(true);
        } catch (SQLException e) {
            LOG.debugf("Closing a read snapshot failed (the connection is discarded): %s", e.getMessage());
        }
    }
}
