package io.costledger.graphql;

import io.costledger.state.LedgerVersion;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The entity tag of a query's answer: a hash of the ledger version, the build (its version and its API) and the
 * request (document, operation, variables, media type). Between two loads an answer cannot change, so a client or a
 * CDN that holds an answer revalidates it with {@code If-None-Match} and gets {@code 304 Not Modified} without the
 * query running again.
 */
@ApplicationScoped
public class ETags {

    @Inject
    LedgerVersion ledger;

    @Inject
    GraphQLEngine engine;

    @ConfigProperty(name = "quarkus.application.version", defaultValue = "unknown")
    String applicationVersion;

    private volatile String build;

    /** The tag of this request at the ledger's current version; empty when the version cannot be read. */
    public Optional<String> of(GraphQLRequest request, String media) {
        long version;
        try {
            version = ledger.current();
        } catch (RuntimeException unreadable) {
            return Optional.empty();
        }
        return Optional.of(tag(
                build(),
                String.valueOf(version),
                media,
                request.document(),
                request.operationName(),
                request.variables().toString()));
    }

    /** The tag of a download (its path and parameters) at the ledger's current version; empty when unreadable. */
    public Optional<DownloadTag> ofDownload(String request) {
        long version;
        try {
            version = ledger.now();
        } catch (RuntimeException unreadable) {
            return Optional.empty();
        }
        return Optional.of(new DownloadTag(tag(build(), String.valueOf(version), request), version));
    }

    /**
     * A download's tag and the ledger version it names: the download reads a snapshot of at least that version (its
     * {@code Ledger-Version}), so that it is never older than its tag says.
     */
    public record DownloadTag(String tag, long version) {}

    /**
     * The tag of these parts, each written with its length before it, so that no two lists of parts share a text
     * (parts joined by a separator would: {@code "a\nb", "c"} and {@code "a", "b\nc"}).
     */
    static String tag(String... parts) {
        StringBuilder text = new StringBuilder();
        for (String part : parts) {
            String value = String.valueOf(part);
            text.append(part == null ? -1 : value.length()).append(':').append(value);
        }
        return tag(text.toString());
    }

    /** Another hashed text's tag, for answers that are not GraphQL (the CSV downloads). */
    public static String tag(String text) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return "\"" + Base64.getUrlEncoder().withoutPadding().encodeToString(hash) + "\"";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private String build() {
        String known = build;
        if (known == null) {
            known = applicationVersion + " "
                    + tag(new graphql.schema.idl.SchemaPrinter()
                            .print(engine.built().schema()));
            build = known;
        }
        return known;
    }
}
