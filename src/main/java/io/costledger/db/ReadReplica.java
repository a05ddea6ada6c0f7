package io.costledger.db;

import io.agroal.api.AgroalDataSource;
import io.micrometer.core.instrument.Metrics;
import io.quarkus.agroal.DataSource;
import io.quarkus.arc.InjectableInstance;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.smallrye.config.WithName;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * The streaming replica reads go to, when one is configured (the datasource {@code replica}, active with
 * {@code QUARKUS_DATASOURCE_REPLICA_ACTIVE=true}): a read that needs at least some ledger version is served there once
 * the replica has replayed it, after waiting at most {@link Settings#waitForVersion()}, else by the primary; a replica whose
 * replay is behind by more than {@link Settings#maxLag()}, or that cannot be reached (then for a few seconds), is
 * passed over. Writes never come here.
 */
@ApplicationScoped
public class ReadReplica {

    /** The replica's settings. */
    @ConfigMapping(prefix = "ledger.replica")
    public interface Settings {

        /** How long a read that asks for a version the replica has not replayed waits for it before the primary
         * ({@code LEDGER_REPLICA_WAIT}). */
        @WithName("wait")
        @WithDefault("1s")
        Duration waitForVersion();

        /** The replay delay past which reads go to the primary (while the replica is behind the primary at all). */
        @WithDefault("30s")
        Duration maxLag();

        /** How long an unreachable replica is left alone before it is tried again. */
        @WithDefault("5s")
        Duration retry();
    }

    private static final Logger LOG = Logger.getLogger(ReadReplica.class);

    /**
     * The replica's version and how far behind its replay is: none when it has replayed all it received, else the
     * time since the last transaction it replayed.
     */
    private static final String STATE = "select (select content from ledger_state where name = 'ledger.version')"
            + " as version, case when pg_last_wal_receive_lsn() = pg_last_wal_replay_lsn() then 0 else"
            + " extract(epoch from now() - pg_last_xact_replay_timestamp()) end as lag_seconds";

    @Inject
    @DataSource("replica")
    InjectableInstance<AgroalDataSource> replica;

    @Inject
    Settings settings;

    @ConfigProperty(name = "quarkus.datasource.replica.active", defaultValue = "false")
    boolean active;

    private volatile long unreachableUntil;

    /** A snapshot opened on the replica. */
    public record Opened(Connection connection, long version) {}

    /**
     * A read-only snapshot on the replica that sees at least {@code minVersion}, opened by {@code begin}; empty when
     * none is configured, it is unreachable or too far behind, or it has not replayed that version within the wait.
     */
    Optional<Opened> open(long minVersion, Snapshots begin) {
        if (!active || System.nanoTime() < unreachableUntil) {
            return Optional.empty();
        }
        long waitUntil = System.nanoTime() + settings.waitForVersion().toNanos();
        try {
            while (true) {
                Connection connection = begin.open(replica.get());
                boolean kept = false;
                try {
                    Metrics.counter(Database.STATEMENTS).increment();
                    var state = connection.createStatement().executeQuery(STATE);
                    state.next();
                    long version = Long.parseLong(state.getString("version"));
                    double lag = state.getDouble("lag_seconds");
                    if (lag > settings.maxLag().toSeconds()) {
                        return Optional.empty();
                    }
                    if (version >= minVersion) {
                        kept = true;
                        return Optional.of(new Opened(connection, version));
                    }
                } finally {
                    if (!kept) {
                        begin.close(connection);
                    }
                }
                if (System.nanoTime() >= waitUntil) {
                    return Optional.empty();
                }
                Thread.sleep(20);
            }
        } catch (SQLException | RuntimeException unreachable) {
            LOG.warnf(
                    "The replica cannot be read (%s); reads go to the primary for %s",
                    unreachable.getMessage(), settings.retry());
            unreachableUntil = System.nanoTime() + settings.retry().toNanos();
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }

    /** Whether reads may go to a replica at all. */
    public boolean configured() {
        return active;
    }

    /** How a snapshot is begun and ended on a connection of a datasource (as {@link ReadSnapshot} does). */
    interface Snapshots {
        Connection open(AgroalDataSource dataSource) throws SQLException;

        void close(Connection connection);
    }
}
