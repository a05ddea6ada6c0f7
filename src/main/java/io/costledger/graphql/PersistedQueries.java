package io.costledger.graphql;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import graphql.ExecutionInput;
import graphql.execution.preparsed.PreparsedDocumentEntry;
import graphql.execution.preparsed.persisted.PersistedQueryCache;
import graphql.execution.preparsed.persisted.PersistedQueryCacheMiss;
import java.util.concurrent.CompletableFuture;

/**
 * The documents that persisted ids name, for graphql-java's {@code ApolloPersistedQuerySupport}: the trusted
 * documents, always known, and the automatic persisted queries clients registered (a request with the document and
 * its hash), kept by text and bounded by bytes: a flood of registrations evicts registrations, nothing else. Either
 * way the parsed document comes from the {@link DocumentCache}.
 */
final class PersistedQueries implements PersistedQueryCache {

    /** What one kept registration costs besides its text and id, in bytes (the entry and its strings' headers). */
    private static final int OVERHEAD = 96;

    private final Cache<String, String> registered;
    private final TrustedDocuments trusted;
    private final DocumentCache parsed;

    PersistedQueries(long maxBytes, TrustedDocuments trusted, DocumentCache parsed) {
        this.registered = Caffeine.newBuilder()
                .maximumWeight(maxBytes)
                .weigher((String id, String text) -> 2 * (id.length() + text.length()) + OVERHEAD)
                .build();
        this.trusted = trusted;
        this.parsed = parsed;
    }

    /** The text of the document the id names, if it is trusted or was registered. */
    String text(String id) {
        return trusted.text(id).orElseGet(() -> registered.getIfPresent(ApolloPersistedQueries.hashIn(id)));
    }

    @Override
    public CompletableFuture<PreparsedDocumentEntry> getPersistedQueryDocumentAsync(
            Object id, ExecutionInput input, PersistedQueryCacheMiss onCacheMiss) {
        String known = text(id.toString());
        if (known != null) {
            return CompletableFuture.completedFuture(parsed.entry(known));
        }
        // throws PersistedQueryNotFound without a document, PersistedQueryIdInvalid when the hash is not the text's
        PreparsedDocumentEntry entry = onCacheMiss.apply(input.getQuery());
        if (!entry.hasErrors() && input.getQuery().length() <= DocumentCache.LONGEST) {
            registered.put(ApolloPersistedQueries.hashIn(id.toString()), input.getQuery());
        }
        return CompletableFuture.completedFuture(entry);
    }

    /** How many registrations are kept (for tests of the bound). */
    long registrations() {
        registered.cleanUp();
        return registered.estimatedSize();
    }
}
