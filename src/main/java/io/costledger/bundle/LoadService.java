package io.costledger.bundle;

import com.fasterxml.jackson.databind.JsonNode;
import io.costledger.error.DatabaseOutages;
import io.costledger.error.ErrorCode;
import io.costledger.error.LedgerException;
import io.costledger.limits.Limits;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.SystemException;
import jakarta.transaction.TransactionManager;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.faulttolerance.Retry;

/**
 * Loads bundles for researchers. Each attempt is one transaction of {@link BundleLoader}; an attempt that lost a
 * race (a deadlock, a serialization failure) or a connection the database dropped is retried, and a rule only the
 * database enforces is reported like any other problem of the bundle.
 */
@ApplicationScoped
public class LoadService {

    /** SQL states of a lost race: unique violation, deadlock, serialization failure; H2's lock timeout. */
    private static final Set<String> RACES = Set.of("23505", "40P01", "40001", "HYT00");

    @Inject
    BundleLoader loader;

    @Inject
    TransactionManager transactions;

    @Inject
    Limits limits;

    /** A load attempt that may succeed when tried again. */
    static final class Retryable extends RuntimeException {
        Retryable(Throwable cause) {
            super(cause);
        }
    }

    /** Loads a bundle; the report carries the bundle's claims as stored. */
    @Retry(maxRetries = 5, delay = 20, jitter = 15, retryOn = Retryable.class)
    public LoadReport load(JsonNode bundle, String loadedBy, boolean dryRun) {
        return load(bundle, loadedBy, dryRun, true);
    }

    /**
     * Loads a bundle. {@code storedClaims}: whether the report carries the bundle's claims as stored, or only their
     * keys and flags (all a REST client sees).
     */
    @Retry(maxRetries = 5, delay = 20, jitter = 15, retryOn = Retryable.class)
    public LoadReport load(JsonNode bundle, String loadedBy, boolean dryRun, boolean storedClaims) {
        try {
            // The transaction outlives the load's own time limit, which answers TIMEOUT first (the default of 60 s
            // would roll a long load back at commit).
            transactions.setTransactionTimeout(
                    (int) Math.min(Integer.MAX_VALUE, limits.loadTimeout().toSeconds() + 60));
            return loader.load(bundle, loadedBy, dryRun, storedClaims);
        } catch (SystemException e) {
            throw new IllegalStateException(e);
        } catch (LedgerException answered) {
            throw answered;
        } catch (RuntimeException failure) {
            if (DatabaseOutages.isOutage(failure)
                    || DatabaseOutages.sqlState(failure).filter(RACES::contains).isPresent()) {
                throw new Retryable(failure);
            }
            throw DatabaseRules.describe(failure).map(LoadService::problem).orElseThrow(() -> failure);
        } finally {
            resetTransactionTimeout();
        }
    }

    private void resetTransactionTimeout() {
        try {
            transactions.setTransactionTimeout(0);
        } catch (SystemException e) {
            throw new IllegalStateException(e);
        }
    }

    private static LedgerException problem(String message) {
        return new LedgerException(
                ErrorCode.INVALID_BUNDLE,
                "The bundle was not loaded; it has 1 problem: " + message,
                Map.of("problems", List.of(new Problem("(bundle)", null, message).toMap())));
    }
}
