package io.costledger.reference;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.costledger.api.LedgerException;
import io.costledger.bundle.BundleDocument;
import io.costledger.bundle.BundleLoader;
import io.costledger.bundle.LoadResult;
import io.costledger.bundle.ParsedBundle;
import io.costledger.state.LedgerState;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.jboss.logging.Logger;

/**
 * Loads each reference bundle once, through the same loader researchers use, and remembers that it did: a restart
 * changes nothing, and later corrections by researchers are never reverted.
 */
@ApplicationScoped
public class ReferenceData {

    private static final Logger LOG = Logger.getLogger(ReferenceData.class);

    @Inject
    ReferenceDataConfig config;

    @Inject
    BundleLoader loader;

    @Inject
    ObjectMapper mapper;

    void onStart(@Observes @Priority(20) StartupEvent event) {
        loadMissing();
    }

    /** Loads the reference bundles this ledger has not had yet, each in a transaction of its own. */
    public void loadMissing() {
        if (!config.enabled()) {
            LOG.info("Reference data is disabled (LEDGER_REFERENCE_DATA_ENABLED=false): the ledger starts empty.");
            return;
        }
        config.bundles().forEach(resource -> QuarkusTransaction.requiringNew().run(() -> loadOnce(resource)));
    }

    private void loadOnce(String resource) {
        String state = "reference-data " + resource;
        if (LedgerState.read(state).isPresent()) {
            return;
        }
        byte[] content = read(resource);
        LoadResult result = loader.load(parse(resource, content));
        LedgerState.write(state, "sha256 " + sha256(content));
        LOG.infof(
                "Loaded reference bundle %s: %d created, %d updated, %d unchanged.",
                resource, result.created(), result.updated(), result.unchanged());
    }

    private ParsedBundle parse(String resource, byte[] content) {
        try {
            return new BundleDocument(mapper).read(new String(content, StandardCharsets.UTF_8));
        } catch (LedgerException e) {
            throw new IllegalStateException(
                    "Reference bundle " + resource + " is not a valid bundle: " + e.getMessage(), e);
        }
    }

    private static byte[] read(String resource) {
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Reference bundle " + resource + " is not on the classpath.");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
