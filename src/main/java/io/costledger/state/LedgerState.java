package io.costledger.state;

import io.costledger.db.Database;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.OffsetDateTime;
import java.util.Optional;

/** Small facts about the ledger itself, by name: which flag rules the stored flags follow, which files were loaded. */
@ApplicationScoped
public class LedgerState {

    @Inject
    Database database;

    public Optional<String> read(String name) {
        return database.read(sql ->
                sql.first("select content from ledger_state where name = ?", row -> row.getString("content"), name));
    }

    /** Records {@code content} under {@code name}, in the current transaction. */
    public void write(String name, String content) {
        database.write(sql -> {
            int updated = sql.update(
                    "update ledger_state set content = ?, updated_at = ? where name = ?",
                    content,
                    OffsetDateTime.now(),
                    name);
            if (updated == 0) {
                sql.update(
                        "insert into ledger_state (name, content, updated_at) values (?, ?, ?)",
                        name,
                        content,
                        OffsetDateTime.now());
            }
            return null;
        });
    }
}
