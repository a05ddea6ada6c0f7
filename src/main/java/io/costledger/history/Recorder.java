package io.costledger.history;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.costledger.db.Database;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Iterator;
import java.util.List;

/**
 * Writes the record of a load in its own transaction: the load with the next number (loads take turns on the ledger
 * version's row, so numbers follow commit order), and one revision per item it changed.
 */
@ApplicationScoped
public class Recorder {

    @Inject
    Database database;

    @Inject
    ObjectMapper mapper;

    /** The counts of a load. */
    public record Counts(int created, int updated, int unchanged, int retracted) {}

    /** Records a load that changed something; returns it with its number. */
    public LoadView record(String loadedBy, Counts counts, List<Change> changes) {
        return database.write(sql -> {
            int number = sql.first("select coalesce(max(number), 0) + 1 as n from ledger_load", row -> row.getInt("n"))
                    .orElse(1);
            OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
            sql.update(
                    "insert into ledger_load (number, loaded_at, loaded_by, created, updated, unchanged, retracted)"
                            + " values (?, ?, ?, ?, ?, ?, ?)",
                    number,
                    now,
                    loadedBy,
                    counts.created(),
                    counts.updated(),
                    counts.unchanged(),
                    counts.retracted());
            // one row at a time, as the batch is sent: a load of 100,000 items never holds all its revisions
            Iterable<Object[]> rows = () -> new Iterator<>() {
                private int position;

                @Override
                public boolean hasNext() {
                    return position < changes.size();
                }

                @Override
                public Object[] next() {
                    Change change = changes.get(position);
                    return new Object[] {
                        number,
                        position++,
                        change.kind(),
                        change.key(),
                        change.change(),
                        change.item(),
                        json(change.fields()),
                        change.reason()
                    };
                }
            };
            sql.batch(
                    "insert into ledger_revision (load_number, position, kind, item_key, change, item, fields, reason)"
                            + " values (?, ?, ?, ?, ?, ?, ?, ?)",
                    rows);
            return new LoadView(
                    number, now, loadedBy, counts.created(), counts.updated(), counts.unchanged(), counts.retracted());
        });
    }

    private String json(List<FieldChangeView> fields) {
        try {
            return mapper.writeValueAsString(fields);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
