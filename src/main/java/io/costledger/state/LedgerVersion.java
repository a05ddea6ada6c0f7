package io.costledger.state;

import io.costledger.db.Database;
import io.costledger.db.Sql;
import io.costledger.limits.Deadline;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * A number that changes whenever the ledger's content does: every write raises it in the writing transaction, so two
 * reads of the same version saw the same ledger.
 */
@ApplicationScoped
public class LedgerVersion {

    static final String NAME = "ledger.version";

    @Inject
    Database database;

    /** The version the current transaction sees (one statement), or the request's snapshot (read as it opened). */
    public long current() {
        return database.snapshotVersion().orElseGet(() -> database.read(LedgerVersion::read));
    }

    /**
     * The version now, read on a connection of its own that is given back at once: for a download, whose rows come
     * from a snapshot of its own taken after (so they are never older than the version its tag names), and which must
     * not hold a second connection while it streams.
     */
    public long now() {
        return database.snapshot(Deadline.NONE, LedgerVersion::read);
    }

    private static long read(Sql sql) {
        return sql.first("select content from ledger_state where name = ?", row -> row.getString("content"), NAME)
                .map(Long::parseLong)
                .orElse(0L);
    }

    /**
     * Locks the version's row for the caller's write transaction: writers take turns, each seeing what the one before
     * it committed (and loads are numbered in commit order).
     */
    public void lock() {
        database.write(sql -> sql.first(
                "select content from ledger_state where name = ? for update", row -> row.getString("content"), NAME));
    }

    /** Raises the version in the caller's transaction, which holds the lock. */
    public void raise() {
        database.write(sql -> sql.update(
                "update ledger_state set content = cast(cast(content as bigint) + 1 as varchar(2000)),"
                        + " updated_at = current_timestamp where name = ?",
                NAME));
    }
}
