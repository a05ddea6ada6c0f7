package io.costledger.limits;

import io.costledger.error.ErrorCode;
import io.costledger.error.LedgerException;
import io.vertx.core.http.HttpServerRequest;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The downloads (the CSVs and the export) that stream at once, {@link Limits#concurrentDownloads()} of them: each
 * holds a database connection for its snapshot, so past them a download answers 503 {@code SERVICE_BUSY} with
 * {@code Retry-After} rather than take the connections queries need. A download computes each chunk in a query turn
 * ({@link QueryGate}) and writes it outside one, and a write its client leaves waiting past
 * {@link Limits#downloadStall()} ends the download: its connection to the client is closed and its snapshot's
 * statements cancelled, so a client that never reads frees what it held.
 */
@Singleton
public class Downloads {

    private final Semaphore turns;
    private final Limits limits;
    private final Alarms alarms;

    @Inject
    Downloads(Limits limits, Alarms alarms) {
        this.turns = new Semaphore(limits.concurrentDownloads(), true);
        this.limits = limits;
        this.alarms = alarms;
    }

    /** One download under way: its turn, and what ends it when its client stops reading. */
    public final class Download implements AutoCloseable {

        private final HttpServerRequest request;
        private final AtomicBoolean ended = new AtomicBoolean();

        private Download(HttpServerRequest request) {
            this.request = request;
        }

        /**
         * The response's stream, which ends the download when a write waits too long for the client: the connection
         * is closed, the write fails, and the snapshot's transaction and connection are given back.
         */
        public OutputStream guard(OutputStream out) {
            return new FilterOutputStream(out) {
                @Override
                public void write(byte[] bytes, int offset, int length) throws IOException {
                    watched(() -> out.write(bytes, offset, length));
                }

                @Override
                public void write(int b) throws IOException {
                    watched(() -> out.write(b));
                }

                @Override
                public void flush() throws IOException {
                    watched(out::flush);
                }
            };
        }

        private void watched(Write write) throws IOException {
            ScheduledFuture<?> alarm = alarms.after(
                    limits.downloadStall(), () -> request.connection().close());
            try {
                write.run();
            } finally {
                alarm.cancel(false);
            }
        }

        /** Gives the turn back (once). */
        @Override
        public void close() {
            if (ended.compareAndSet(false, true)) {
                turns.release();
            }
        }
    }

    /** Notes a download that ended because its client went away or stopped reading: not a failure of the service. */
    public static void ended(java.io.UncheckedIOException gone) {
        LOG.debugf("A download ended early: %s", gone.getCause().getMessage());
    }

    private static final org.jboss.logging.Logger LOG = org.jboss.logging.Logger.getLogger("io.costledger.downloads");

    @FunctionalInterface
    private interface Write {
        void run() throws IOException;
    }

    /** A download's turn for this request; {@code SERVICE_BUSY} when every turn is taken. */
    public Download start(HttpServerRequest request) {
        if (!turns.tryAcquire()) {
            throw new LedgerException(
                    ErrorCode.SERVICE_BUSY,
                    limits.concurrentDownloads() + " downloads are streaming, as many as run at once; try again in a"
                            + " moment.");
        }
        return new Download(request);
    }
}
