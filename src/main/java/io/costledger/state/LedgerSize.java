package io.costledger.state;

import io.costledger.db.Database;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** How big the ledger is, for what is charged by its size: a summary costs one per model it covers. */
@ApplicationScoped
public class LedgerSize {

    @Inject
    Database database;

    /** The number of models: one statement. */
    public long models() {
        return database.read(sql -> sql.first("select count(*) as models from model", row -> row.getLong("models"))
                .orElse(0L));
    }
}
