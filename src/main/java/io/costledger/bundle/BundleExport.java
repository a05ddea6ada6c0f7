package io.costledger.bundle;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;
import io.costledger.db.Database;
import io.costledger.limits.Deadline;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;

/**
 * The whole ledger as one bundle, every item in its form, sorted by key: loading it into an empty ledger and
 * exporting again gives the same document. Streamed row by row from one read-only snapshot, so memory stays flat
 * whatever the ledger's size.
 */
@ApplicationScoped
public class BundleExport {

    @Inject
    Database database;

    public void write(OutputStream out, Deadline deadline) {
        database.snapshot(deadline, sql -> {
            try (JsonGenerator json = Forms.MAPPER.getFactory().createGenerator(out, JsonEncoding.UTF8)) {
                json.useDefaultPrettyPrinter();
                json.writeStartObject();
                for (Item item : Kinds.IN_BUNDLE_ORDER) {
                    ItemRows rows = ItemRows.of(item);
                    json.writeArrayFieldStart(item.list);
                    sql.each(rows.select + rows.order(), row -> write(json, item.rules.tidy(rows.form(row))));
                    json.writeEndArray();
                }
                json.writeEndObject();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return null;
        });
    }

    private static void write(JsonGenerator json, com.fasterxml.jackson.databind.JsonNode form) {
        try {
            Forms.MAPPER.writeTree(json, form);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
