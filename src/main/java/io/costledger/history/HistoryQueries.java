package io.costledger.history;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.costledger.db.Database;
import io.costledger.db.RowMapper;
import io.costledger.paging.PageRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Reads the record of loads and revisions; every method is one SQL statement. */
@ApplicationScoped
public class HistoryQueries {

    private static final String LOAD_COLUMNS =
            "l.number, l.loaded_at, l.loaded_by, l.created, l.updated, l.unchanged," + " l.retracted";
    private static final RowMapper<LoadView> LOAD = row -> new LoadView(
            row.getInt("number"),
            row.getObject("loaded_at", OffsetDateTime.class),
            row.getString("loaded_by"),
            row.getInt("created"),
            row.getInt("updated"),
            row.getInt("unchanged"),
            row.getInt("retracted"));

    @Inject
    Database database;

    @Inject
    ObjectMapper mapper;

    /** Loads, newest first; the cursor is a load number. */
    public LoadConnection loads(PageRequest page) {
        int before = page.afterKey() == null ? Integer.MAX_VALUE : number(page.afterKey());
        List<LoadView> rows = database.read(sql -> sql.list(
                "select " + LOAD_COLUMNS + " from ledger_load l where l.number < ? order by l.number desc limit ?",
                LOAD,
                before,
                page.fetchSize()));
        PageRequest.Slice<LoadView> slice = page.slice(rows, load -> String.valueOf(load.number()));
        return new LoadConnection(slice.rows(), slice.pageInfo());
    }

    public int countLoads() {
        return database.read(sql -> sql.first("select count(*) as n from ledger_load", row -> row.getInt("n"))
                .orElse(0));
    }

    /** Every revision of one item, oldest first. */
    public List<RevisionView> history(ItemKind kind, String given) {
        String key = kind.canonicalName(given);
        return database.read(sql -> sql.list(
                "select " + LOAD_COLUMNS + ", r.change, r.item, r.reason from ledger_revision r"
                        + " join ledger_load l on l.number = r.load_number"
                        + " where r.kind = ? and r.item_key = ? order by r.load_number, r.position",
                row -> new RevisionView(
                        LOAD.map(row),
                        ChangeKind.valueOf(row.getString("change")),
                        row.getString("item"),
                        row.getString("reason")),
                kind,
                key));
    }

    /** The latest revision of each of these items of one kind: who loaded it. */
    public Map<String, String> lastLoadedBy(ItemKind kind, Collection<String> keys) {
        Map<String, String> loadedBy = new HashMap<>();
        if (keys.isEmpty()) {
            return loadedBy;
        }
        database.read(sql -> {
            sql.each(
                    "select r.item_key, l.loaded_by from ledger_revision r join ledger_load l"
                            + " on l.number = r.load_number where r.kind = ? and r.item_key = any(?)"
                            + " order by r.load_number, r.position",
                    row -> loadedBy.put(row.getString("item_key"), row.getString("loaded_by")),
                    kind,
                    sql.array("varchar", keys));
            return null;
        });
        return loadedBy;
    }

    /** The changes of these loads, each load's in the order it made them. */
    public Map<Integer, List<ItemChangeView>> changes(Collection<Integer> loadNumbers) {
        Map<Integer, List<ItemChangeView>> changes = new HashMap<>();
        if (loadNumbers.isEmpty()) {
            return changes;
        }
        database.read(sql -> {
            sql.each(
                    "select load_number, kind, item_key, change, fields from ledger_revision"
                            + " where load_number = any(?) order by load_number, position",
                    row -> changes.computeIfAbsent(row.getInt("load_number"), number -> new ArrayList<>())
                            .add(new ItemChangeView(
                                    ItemKind.valueOf(row.getString("kind")),
                                    row.getString("item_key"),
                                    ChangeKind.valueOf(row.getString("change")),
                                    fields(row.getString("fields")))),
                    sql.array("integer", loadNumbers));
            return null;
        });
        return changes;
    }

    private List<FieldChangeView> fields(String json) {
        try {
            return List.of(mapper.readValue(json, FieldChangeView[].class));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A stored revision's fields are not JSON", e);
        }
    }

    private static int number(String cursorKey) {
        return Optional.of(cursorKey)
                .filter(key -> key.matches("\\d{1,9}"))
                .map(Integer::parseInt)
                .orElseThrow(() -> io.costledger.error.LedgerException.invalidArgument(
                        "after is not a cursor of loads. Pass pageInfo.endCursor of the previous page."));
    }
}
