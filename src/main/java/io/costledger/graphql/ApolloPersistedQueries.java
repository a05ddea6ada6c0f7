package io.costledger.graphql;

import graphql.ExecutionInput;
import graphql.GraphqlErrorBuilder;
import graphql.execution.preparsed.PreparsedDocumentEntry;
import graphql.execution.preparsed.PreparsedDocumentProvider;
import graphql.execution.preparsed.persisted.ApolloPersistedQuerySupport;
import graphql.execution.preparsed.persisted.PersistedQueryError;
import graphql.execution.preparsed.persisted.PersistedQueryNotFound;
import io.costledger.error.ErrorCode;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

/**
 * The documents of the engine: graphql-java's support of Apollo's automatic persisted queries over
 * {@link PersistedQueries}, and every document, persisted or sent, parsed and validated once ({@link DocumentCache}).
 * A persisted id may be a trusted document's {@code documentId}; {@code sha256:} before a hash is the same hash.
 * Its errors carry the service's codes: {@code PersistedQueryNotFound} (the message Apollo Client and urql look for)
 * with {@code PERSISTED_QUERY_NOT_FOUND}, and {@code PERSISTED_QUERY_HASH_MISMATCH}.
 */
final class ApolloPersistedQueries extends ApolloPersistedQuerySupport implements PreparsedDocumentProvider {

    private static final java.util.regex.Pattern HEX = java.util.regex.Pattern.compile("[0-9a-fA-F]+");

    private final DocumentCache parsed;

    ApolloPersistedQueries(PersistedQueries persisted, DocumentCache parsed) {
        super(persisted);
        this.parsed = parsed;
    }

    /**
     * The hash a persisted id names: the id without an algorithm's prefix ({@code sha256:}), in lower case when it is
     * hexadecimal.
     */
    static String hashIn(String id) {
        String hash = id.substring(id.indexOf(':') + 1);
        return HEX.matcher(hash).matches() ? hash.toLowerCase(Locale.ROOT) : hash;
    }

    /** The request's document, parsed and validated once whatever graphql-java would parse it with. */
    @Override
    public CompletableFuture<PreparsedDocumentEntry> getDocumentAsync(
            ExecutionInput input, Function<ExecutionInput, PreparsedDocumentEntry> parseAndValidate) {
        return super.getDocumentAsync(input, sent -> parsed.entry(sent.getQuery()));
    }

    @Override
    protected boolean persistedQueryIdIsInvalid(Object id, String text) {
        return super.persistedQueryIdIsInvalid(hashIn(id.toString()), text);
    }

    @Override
    protected PreparsedDocumentEntry mkMissingError(PersistedQueryError error) {
        boolean notFound = error instanceof PersistedQueryNotFound;
        return new PreparsedDocumentEntry(GraphqlErrorBuilder.newError()
                .message(
                        notFound
                                ? "PersistedQueryNotFound"
                                : "The document's SHA-256 hash is not the persisted id sent with it.")
                .extensions(Map.of(
                        "code",
                        (notFound ? ErrorCode.PERSISTED_QUERY_NOT_FOUND : ErrorCode.PERSISTED_QUERY_HASH_MISMATCH)
                                .name()))
                .build());
    }
}
