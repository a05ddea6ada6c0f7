package io.costledger.error;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import javax.transaction.xa.XAException;
import org.junit.jupiter.api.Test;

/** A database that went away is told from any other failure, wherever the driver's error sits. */
class DatabaseOutagesTest {

    private static SQLException terminated() {
        return new SQLException("FATAL: terminating connection due to administrator command", "57P01");
    }

    @Test
    void anOutageIsFoundAmongTheCauses() {
        assertThat(DatabaseOutages.isOutage(new RuntimeException("load failed", terminated())))
                .isTrue();
        assertThat(DatabaseOutages.isOutage(new SQLException("connection refused", "08001")))
                .isTrue();
    }

    @Test
    void aCommitCutOffKeepsTheDriversErrorAmongWhatItSuppressed() {
        // as the transaction manager reports a commit whose connection was terminated: the driver's error is the
        // cause of an XAException that the RollbackException (wrapped by the bean's proxy) suppressed
        XAException resource = new XAException("Error trying to transactionCommit local transaction");
        resource.initCause(terminated());
        Exception rollback = new Exception("ARJUNA016053: Could not commit transaction.");
        rollback.addSuppressed(resource);
        RuntimeException proxy = new RuntimeException("Error invoking subclass method", rollback);

        assertThat(DatabaseOutages.isOutage(proxy)).isTrue();
    }

    @Test
    void otherFailuresAreNotOutagesAndCyclesEnd() {
        SQLException unique = new SQLException("duplicate key value", "23505");
        Exception first = new Exception("first", unique);
        Exception second = new Exception("second");
        first.addSuppressed(second);
        second.addSuppressed(first); // a cycle, as "[CIRCULAR REFERENCE: ...]" in a stack trace

        assertThat(DatabaseOutages.isOutage(first)).isFalse();
        assertThat(DatabaseOutages.isOutage(new IllegalStateException("no database involved")))
                .isFalse();
    }
}
