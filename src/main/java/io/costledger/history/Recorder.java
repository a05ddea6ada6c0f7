package io.costledger.history;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.StatelessSession;

/**
 * Writes the record of a load, through its entities, in the load's transaction: the load with the next number (loads take turns on the ledger
 * version's row, so numbers follow commit order), and one revision per item it changed.
 */
@ApplicationScoped
public class Recorder {

    /** Revisions per JDBC batch. */
    private static final int CHUNK = 500;

    @Inject
    StatelessSession session;

    @Inject
    ObjectMapper mapper;

    /** The counts of a load. */
    public record Counts(int created, int updated, int unchanged, int retracted) {}

    /** Records a load that changed something; returns it with its number. */
    public LoadView record(String loadedBy, Counts counts, List<Change> changes) {
        Load load = new Load();
        load.number = session.createSelectionQuery("select coalesce(max(number), 0) + 1 from Load", Integer.class)
                .getSingleResult();
        load.loadedAt = OffsetDateTime.now(ZoneOffset.UTC);
        load.loadedBy = loadedBy;
        load.created = counts.created();
        load.updated = counts.updated();
        load.unchanged = counts.unchanged();
        load.retracted = counts.retracted();
        session.insert(load);
        // a chunk of revisions at a time, each chunk one batch: a load of 100,000 items never holds all its revisions
        List<Revision> chunk = new ArrayList<>(CHUNK);
        for (int position = 0; position < changes.size(); position++) {
            chunk.add(revision(load.number, position, changes.get(position)));
            if (chunk.size() == CHUNK || position == changes.size() - 1) {
                session.insertMultiple(chunk);
                chunk.clear();
            }
        }
        return new LoadView(
                load.number,
                load.loadedAt,
                loadedBy,
                counts.created(),
                counts.updated(),
                counts.unchanged(),
                counts.retracted());
    }

    private Revision revision(int loadNumber, int position, Change change) {
        Revision revision = new Revision();
        revision.id = new Revision.Id(loadNumber, position);
        revision.kind = change.kind();
        revision.itemKey = change.key();
        revision.change = change.change();
        revision.item = change.item();
        revision.fields = json(change.fields());
        revision.reason = change.reason();
        return revision;
    }

    private String json(List<FieldChangeView> fields) {
        try {
            return mapper.writeValueAsString(fields);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
