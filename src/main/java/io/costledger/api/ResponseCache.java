package io.costledger.api;

import graphql.ExecutionResult;
import io.costledger.state.LedgerVersion;
import io.quarkus.arc.Unremovable;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Answers to GraphQL queries, each kept with the ledger version it was computed at and served only while the ledger
 * is still at that version: dashboards poll the same queries, and between two loads the answer cannot change. Writes
 * made by the service always raise the version; direct SQL edits of the database do not (restart, or load a bundle).
 */
@ApplicationScoped
@Unremovable // looked up by GraphQLSetup, which SmallRye creates outside CDI
public class ResponseCache {

    /** The cache's settings. */
    @ConfigMapping(prefix = "ledger.cache")
    public interface Settings {

        /** Serve repeated queries from the cache while the ledger is unchanged. */
        @WithDefault("true")
        boolean enabled();

        /** How many distinct queries (document and variables) to keep, least recently used dropped first. */
        @WithDefault("32")
        int maxEntries();
    }

    /** A query: its document, operation and variable values. */
    public record Key(String document, String operation, Map<String, Object> variables) {}

    private record Entry(long version, ExecutionResult result) {}

    @Inject
    Settings settings;

    @Inject
    LedgerVersion ledger;

    private final Map<Key, Entry> entries = new LinkedHashMap<>(16, 0.75f, true);

    public boolean enabled() {
        return settings.enabled();
    }

    /** The ledger's version now. */
    public long version() {
        return ledger.current();
    }

    public synchronized Optional<ExecutionResult> get(Key key, long version) {
        Entry entry = entries.get(key);
        return entry != null && entry.version() == version ? Optional.of(entry.result()) : Optional.empty();
    }

    public synchronized void put(Key key, long version, ExecutionResult result) {
        entries.put(key, new Entry(version, result));
        while (entries.size() > settings.maxEntries()) {
            entries.remove(entries.keySet().iterator().next());
        }
    }
}
