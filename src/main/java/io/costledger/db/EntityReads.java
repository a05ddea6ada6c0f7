package io.costledger.db;

import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.sql.SQLException;
import org.hibernate.FlushMode;
import org.hibernate.Session;
import org.hibernate.SessionFactory;

/**
 * Where a request reads entities: inside a write transaction, Panache's session (on the transaction's connection, so
 * a load sees its own writes); otherwise a read-only Hibernate session on the request's {@link ReadSnapshot}, so that
 * an entity read sees the ledger at the same moment as every other statement of the request.
 */
@RequestScoped
public class EntityReads {

    @Inject
    SessionFactory sessions;

    @Inject
    ReadSnapshot snapshot;

    @Inject
    TransactionSynchronizationRegistry transactions;

    private Session onSnapshot;

    public Session session() {
        if (transactions.getTransactionStatus() == Status.STATUS_ACTIVE) {
            return Panache.getEntityManager().unwrap(Session.class);
        }
        if (onSnapshot == null) {
            try {
                onSnapshot =
                        sessions.withOptions().connection(snapshot.connection()).openSession();
            } catch (SQLException e) {
                throw new DataAccessException("Could not open a read transaction", e);
            }
            onSnapshot.setDefaultReadOnly(true);
            onSnapshot.setHibernateFlushMode(FlushMode.MANUAL);
        }
        return onSnapshot;
    }

    @PreDestroy
    void close() {
        if (onSnapshot != null) {
            onSnapshot.close(); // the connection stays the snapshot's, which closes it
        }
    }
}
