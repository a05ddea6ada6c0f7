package io.costledger.graphql;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.cache.CaffeineCacheMetrics;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Answers to GraphQL queries, each kept with the ledger version it was computed at and served only while the ledger
 * is at that version: dashboards poll the same queries, and between two loads an answer cannot change. Bounded by
 * bytes (the answers' and their keys'); an answer or a key over its threshold is never kept, and entries of older
 * versions are dropped as soon as a newer version is seen. Hits, misses and evictions are in {@code /q/metrics} as
 * {@code cache_*{cache="ledger.responses"}}.
 */
@ApplicationScoped
public class ResponseCache {

    /** The cache's settings. */
    @ConfigMapping(prefix = "ledger.cache")
    public interface Settings {

        @WithDefault("true")
        boolean enabled();

        /** Memory for answers and their keys, in bytes. */
        @WithDefault("67108864")
        long maxBytes();

        /** The largest answer kept, in bytes. */
        @WithDefault("1048576")
        int maxAnswerBytes();

        /** The largest key (document and variables) kept, in characters. */
        @WithDefault("16384")
        int maxKeyCharacters();
    }

    /** A query at a version: its document, operation and variables (as canonical JSON). */
    public record Key(long version, String document, String operation, String variables) {

        int characters() {
            return document.length() + variables.length() + (operation == null ? 0 : operation.length());
        }
    }

    private final Settings settings;
    private final Cache<Key, byte[]> answers;
    private final AtomicLong newest = new AtomicLong(Long.MIN_VALUE);

    @Inject
    public ResponseCache(Settings settings, MeterRegistry registry) {
        this.settings = settings;
        this.answers = Caffeine.newBuilder()
                .maximumWeight(settings.maxBytes())
                .weigher((Key key, byte[] answer) -> answer.length + 2 * key.characters())
                .recordStats()
                .build();
        CaffeineCacheMetrics.monitor(registry, answers, "ledger.responses");
    }

    public boolean enabled() {
        return settings.enabled();
    }

    /** Whether a query of this size may be looked up at all. */
    public boolean keeps(Key key) {
        return settings.enabled() && key.characters() <= settings.maxKeyCharacters();
    }

    public Optional<byte[]> get(Key key) {
        seen(key.version());
        return Optional.ofNullable(answers.getIfPresent(key));
    }

    public void put(Key key, byte[] answer) {
        if (answer.length <= settings.maxAnswerBytes() && key.version() >= newest.get()) {
            answers.put(key, answer);
        }
    }

    /** A newer version makes every kept answer stale: drop them all at once. */
    private void seen(long version) {
        long before = newest.getAndAccumulate(version, Math::max);
        if (version > before && before != Long.MIN_VALUE) {
            answers.invalidateAll();
        }
    }
}
