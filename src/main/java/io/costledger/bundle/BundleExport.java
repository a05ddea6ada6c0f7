package io.costledger.bundle;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.costledger.db.Database;
import io.costledger.limits.Deadline;
import io.costledger.limits.QueryGate;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The whole ledger as one bundle, every item in its form, sorted by key: loading it into an empty ledger and
 * exporting again gives the same document. Streamed row by row from one read-only snapshot, so memory stays flat
 * whatever the ledger's size.
 */
@ApplicationScoped
public class BundleExport {

    /** Writes one item; the stream is flushed as its buffers fill, not after every row. */
    private static final ObjectWriter ROW = Forms.MAPPER.writer().without(SerializationFeature.FLUSH_AFTER_WRITE_VALUE);

    /** Rows read in one query turn before they are written to the client. */
    static final int CHUNK = 1000;

    @Inject
    Database database;

    @Inject
    QueryGate gate;

    /** Writes the export from a snapshot of at least {@code atLeast}. */
    public void write(OutputStream out, Deadline deadline, long atLeast) {
        database.snapshot(deadline, atLeast, sql -> {
            // The generator is closed only once the document is complete: closed on a failure, it would write the
            // missing brackets, and the client would take a cut-off ledger for the whole of it.
            try {
                JsonGenerator json = Forms.MAPPER.getFactory().createGenerator(out, JsonEncoding.UTF8);
                json.disable(JsonGenerator.Feature.AUTO_CLOSE_JSON_CONTENT);
                json.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
                json.useDefaultPrettyPrinter();
                json.writeStartObject();
                for (Item item : Kinds.IN_BUNDLE_ORDER) {
                    ItemRows rows = ItemRows.of(item);
                    json.writeArrayFieldStart(item.list);
                    List<JsonNode> forms = new ArrayList<>(CHUNK);
                    QueryGate.Turn[] turn = {null};
                    sql.each(rows.select + rows.order(), row -> {
                        if (turn[0] == null) {
                            turn[0] = gate.take(deadline); // rows are read in a query turn, written after it
                        }
                        forms.add(item.rules.tidy(rows.form(row)));
                        if (forms.size() == CHUNK) {
                            turn[0].close();
                            turn[0] = null;
                            forms.forEach(form -> write(json, form));
                            forms.clear();
                        }
                    });
                    if (turn[0] != null) {
                        turn[0].close();
                    }
                    forms.forEach(form -> write(json, form));
                    json.writeEndArray();
                }
                json.writeEndObject();
                json.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return null;
        });
    }

    private static void write(JsonGenerator json, com.fasterxml.jackson.databind.JsonNode form) {
        try {
            ROW.writeValue(json, form);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
