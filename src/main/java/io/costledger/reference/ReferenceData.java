package io.costledger.reference;

import com.fasterxml.jackson.databind.JsonNode;
import io.costledger.bundle.Bundles;
import io.costledger.bundle.Fills;
import io.costledger.bundle.LoadReport;
import io.costledger.bundle.LoadService;
import io.costledger.error.LedgerException;
import io.costledger.history.HistoryQueries;
import io.costledger.history.ItemKind;
import io.costledger.json.StrictJson;
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
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jboss.logging.Logger;

/**
 * The reference dataset of {@code db/reference}: files applied in order, each once, through the loader researchers
 * use (so every item has its history). A later file, or a correction, changes an item only where the item is as the
 * reference data last left it: where a researcher changed it since, the researcher's version stays and the skipped
 * item is logged. Items loaded before history was kept count as the reference data's. A file named {@code fill-*}
 * only sets the fields its items lack in the ledger, whoever last changed them (the hardware peaks).
 */
@ApplicationScoped
public class ReferenceData {

    /** Loads of reference files are by {@code reference:<file>}. */
    public static final String LOADER = "reference:";

    /** A file whose name starts so only fills in fields its items lack in the ledger ({@link Fills}). */
    static final String FILL = "fill-";

    private static final Logger LOG = Logger.getLogger(ReferenceData.class);

    @Inject
    ReferenceDataConfig config;

    @Inject
    LoadService loads;

    @Inject
    LedgerState state;

    @Inject
    HistoryQueries history;

    @Inject
    Fills fills;

    void onStart(@Observes @Priority(20) StartupEvent event) {
        apply();
    }

    /** Applies the reference files this ledger has not had yet, in order. */
    public void apply() {
        if (!config.enabled()) {
            LOG.info("Reference data is disabled (LEDGER_REFERENCE_DATA_ENABLED=false): the ledger starts empty.");
            return;
        }
        apply(config.bundles());
    }

    /** Applies, in order, the files of this list the ledger has not had yet. */
    public void apply(List<String> resources) {
        resources.forEach(this::applyOnce);
    }

    /** Applies one reference file, unless this ledger has had it. */
    public void applyOnce(String resource) {
        String name = "reference-data " + resource;
        if (QuarkusTransaction.requiringNew().call(() -> state.read(name)).isPresent()) {
            return;
        }
        JsonNode bundle = parse(resource);
        if (fileName(resource).startsWith(FILL)) {
            LoadReport report = loads.load(
                    QuarkusTransaction.requiringNew().call(() -> fills.emptyFieldsFilled(bundle)),
                    LOADER + fileName(resource),
                    false,
                    false);
            QuarkusTransaction.requiringNew().run(() -> state.write(name, "applied"));
            LOG.infof("Applied reference file %s: filled %d items.", resource, report.updated());
            return;
        }
        Map<ItemKind, Set<String>> edited = QuarkusTransaction.requiringNew().call(() -> editedByResearchers(bundle));
        edited.forEach((kind, keys) -> keys.forEach(key -> LOG.infof(
                "Reference file %s leaves %s \"%s\" alone: a researcher changed it since the reference data did.",
                resource, kind, key)));
        LoadReport report = loads.load(Bundles.without(bundle, edited), LOADER + fileName(resource), false, false);
        QuarkusTransaction.requiringNew().run(() -> state.write(name, "applied"));
        LOG.infof(
                "Applied reference file %s: %d created, %d updated, %d unchanged.",
                resource, report.created(), report.updated(), report.unchanged());
    }

    /** The items of the bundle whose latest change was a researcher's, not the reference data's. */
    private Map<ItemKind, Set<String>> editedByResearchers(JsonNode bundle) {
        Map<ItemKind, Set<String>> edited = new EnumMap<>(ItemKind.class);
        Bundles.names(bundle).forEach((kind, names) -> {
            Set<String> ofKind = new HashSet<>();
            history.lastLoadedBy(kind, names).forEach((key, loadedBy) -> {
                if (!loadedBy.startsWith(LOADER)) {
                    ofKind.add(key);
                }
            });
            edited.put(kind, ofKind);
        });
        return edited;
    }

    private static JsonNode parse(String resource) {
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Reference file " + resource + " is not on the classpath.");
            }
            return StrictJson.read(in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (LedgerException e) {
            throw new IllegalStateException("Reference file " + resource + " is not JSON: " + e.getMessage(), e);
        }
    }

    private static String fileName(String resource) {
        return resource.substring(resource.lastIndexOf('/') + 1);
    }
}
