package io.costledger.http;

import io.costledger.limits.Downloads;
import io.costledger.limits.Downloads.Download;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.function.Supplier;

/**
 * The answer of a CSV download: {@code 304} when the client holds it already, else the rows streamed as UTF-8
 * with a byte-order mark, kept and revalidated by browsers and CDNs while it has a tag, kept by nobody without one.
 */
public final class CsvDownload {

    public static final String MEDIA = "text/csv; charset=utf-8; header=present";

    /** Writes the rows of a download. */
    @FunctionalInterface
    public interface Rows {
        void write(Csv csv) throws IOException;
    }

    private CsvDownload() {}

    /**
     * @param tag the download's ETag, or null when the ledger version could not be read
     * @param version the ledger version the tag names and the rows are read at least at, or null likewise
     * @param ifNoneMatch the request's {@code If-None-Match}: a download known to be valid is held under its tag or
     *     {@code *}
     * @param turn takes the download's turn ({@link Downloads}): {@code SERVICE_BUSY} when none is free
     */
    public static Response answer(
            String fileName, String tag, Long version, String ifNoneMatch, Supplier<Download> turn, Rows rows) {
        if (IfNoneMatch.holds(ifNoneMatch, tag)) {
            return Response.notModified(tag).header("Cache-Control", "no-cache").build();
        }
        Download download = turn.get();
        StreamingOutput body = out -> {
            try (download) {
                write(download.guard(out), rows);
            } catch (UncheckedIOException gone) {
                Downloads.ended(gone); // the client went away, or stopped reading: the download ends here
            }
        };
        Response.ResponseBuilder answer =
                Response.ok(body, MEDIA).header("Content-Disposition", "attachment; filename=\"" + fileName + "\"");
        if (version != null) {
            answer.header("Ledger-Version", version);
        }
        if (tag != null) {
            answer.header("ETag", tag).header("Cache-Control", "no-cache").header("Vary", "Origin");
        } else {
            answer.header("Cache-Control", "no-store");
        }
        return answer.build();
    }

    private static void write(OutputStream out, Rows rows) throws IOException {
        BufferedWriter writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        writer.write(Csv.BOM);
        rows.write(new Csv(writer));
        writer.flush();
    }
}
