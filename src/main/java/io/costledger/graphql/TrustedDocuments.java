package io.costledger.graphql;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.costledger.error.ErrorCode;
import io.costledger.error.LedgerException;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The documents the operator trusts, read once at start: the service's own page's documents always, and the files
 * the operator deploys, in the formats the tooling writes (GraphQL Codegen's {@code persisted-documents.json}, a map
 * of id to document; Apollo's persisted query manifest, version 1). Each document is known by its id in its file and
 * by its SHA-256 hash. With trusted documents on, a caller without the researcher's credentials may run only these.
 */
@ApplicationScoped
public class TrustedDocuments {

    /** The setting: off by default. */
    @ConfigMapping(prefix = "ledger.trusted-documents")
    public interface Settings {

        /** Whether callers without credentials may run only trusted documents. */
        @WithDefault("false")
        boolean enabled();

        /** The operator's files of trusted documents (paths on the file system). */
        Optional<List<Path>> files();

        /** Documents always trusted, as class path resources: the service's own page's. */
        @WithDefault("META-INF/resources/app/documents.graphql")
        List<String> always();
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Settings settings;
    private final Map<String, String> byId = new HashMap<>();

    @Inject
    public TrustedDocuments(Settings settings) {
        this.settings = settings;
        settings.always().forEach(resource -> add(sha256Of(read(resource)), read(resource)));
        settings.files().orElse(List.of()).forEach(this::load);
    }

    public boolean enabled() {
        return settings.enabled();
    }

    /** The text of the trusted document with this id (its id in its file, or its hash, with or without sha256:). */
    Optional<String> text(String id) {
        return Optional.ofNullable(byId.get(id))
                .or(() -> Optional.ofNullable(byId.get(ApolloPersistedQueries.hashIn(id))));
    }

    /** Whether the request runs a trusted document, by its id or as its text. */
    boolean known(GraphQLRequest request) {
        return request.persisted().isPresent() ? text(request.persisted().get()).isPresent() : trusts(request.query());
    }

    /** Whether this text is a trusted document. */
    boolean trusts(String text) {
        return byId.containsKey(sha256Of(text));
    }

    /**
     * Refuses what a caller without credentials may not run while trusted documents are on: a persisted id that names
     * no trusted document, or a document that is not one.
     */
    void admit(GraphQLRequest request, Caller caller) {
        if (!enabled() || caller.researcher()) {
            return;
        }
        Optional<String> id = request.persisted();
        if (id.isPresent() ? text(id.get()).isPresent() : trusts(request.query())) {
            return;
        }
        if (id.isPresent() && request.query() == null) {
            throw new LedgerException(ErrorCode.PERSISTED_QUERY_NOT_FOUND, "PersistedQueryNotFound");
        }
        throw new LedgerException(
                ErrorCode.DOCUMENT_NOT_TRUSTED,
                "This service runs only its trusted documents for callers without credentials, and this document is"
                        + " not one of them; its operator adds a dashboard's documents to the trusted documents files"
                        + " (see the README).");
    }

    private void load(Path file) {
        JsonNode root;
        try {
            root = JSON.readTree(Files.readAllBytes(file));
        } catch (IOException e) {
            throw new IllegalStateException("The trusted documents file " + file + " cannot be read as JSON", e);
        }
        if (root != null && root.path("format").asText().equals("apollo-persisted-query-manifest")) {
            if (root.path("version").asInt() != 1) {
                throw new IllegalStateException(file + ": only version 1 of Apollo's manifest is read");
            }
            for (JsonNode operation : root.path("operations")) {
                add(required(file, operation, "id"), required(file, operation, "body"));
            }
            return;
        }
        if (root == null || !root.isObject()) {
            throw new IllegalStateException(file + " is neither a map of id to document nor Apollo's manifest");
        }
        root.fields().forEachRemaining(entry -> {
            if (!entry.getValue().isTextual()) {
                throw new IllegalStateException(file + ": the document of " + entry.getKey() + " is not a string");
            }
            add(entry.getKey(), entry.getValue().textValue());
        });
    }

    private static String required(Path file, JsonNode operation, String field) {
        if (!operation.path(field).isTextual()) {
            throw new IllegalStateException(file + ": an operation without \"" + field + "\"");
        }
        return operation.get(field).textValue();
    }

    private void add(String id, String text) {
        byId.put(id, text);
        byId.put(sha256Of(text), text);
    }

    private static String read(String resource) {
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("The trusted document " + resource + " is not on the class path");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String sha256Of(String text) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
