package io.costledger.db;

import io.agroal.api.AgroalDataSource;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import org.jboss.logging.Logger;

/**
 * The one read-only transaction a request reads in, so that it sees the ledger as of one moment and never half of a
 * load. Opened by the first statement, ended with the request. PostgreSQL's REPEATABLE READ is a snapshot of the
 * whole database taken at the first statement; H2's REPEATABLE READ snapshots each table at its first read, so on H2
 * the level is SNAPSHOT, which is what PostgreSQL's is.
 */
@RequestScoped
public class ReadSnapshot {

    /** H2's transaction-wide snapshot isolation (not a JDBC constant). */
    private static final int H2_SNAPSHOT = 6;

    private static final Logger LOG = Logger.getLogger(ReadSnapshot.class);

    @Inject
    AgroalDataSource dataSource;

    private Connection connection;
    private boolean h2;

    Connection connection() throws SQLException {
        if (connection == null) {
            connection = open();
        }
        return connection;
    }

    private Connection open() throws SQLException {
        Connection opened = dataSource.getConnection();
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
        if (open == null) {
            return;
        }
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
