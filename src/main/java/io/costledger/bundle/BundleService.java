package io.costledger.bundle;

import io.costledger.api.DatabaseOutages;
import io.costledger.api.DatabaseUnavailableException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import org.hibernate.exception.ConstraintViolationException;
import org.jboss.logging.Logger;

/**
 * Loads bundles for researchers: each attempt is one transaction of {@link BundleLoader}; an attempt that lost a race
 * with a concurrent load (the same new key inserted twice, a deadlock) is retried, and a rule the database enforces
 * is reported like any other problem of the bundle.
 */
@ApplicationScoped
public class BundleService {

    static final int ATTEMPTS = 6;
    private static final Logger LOG = Logger.getLogger(BundleService.class);

    /** SQL states of a lost race: unique violation, deadlock, serialization failure; H2's lock timeout. */
    private static final List<String> RACES = List.of("23505", "40P01", "40001", "HYT00");

    @Inject
    BundleLoader loader;

    public LoadResult load(Bundle bundle) {
        return load(ParsedBundle.of(bundle));
    }

    /** Loads a bundle read from JSON, reporting the values that did not fit with every other problem. */
    public LoadResult load(ParsedBundle bundle) {
        for (int attempt = 1; ; attempt++) {
            try {
                return loader.load(bundle);
            } catch (InvalidBundleException problems) {
                throw problems;
            } catch (RuntimeException failure) {
                Optional<String> state = DatabaseOutages.sqlState(failure);
                boolean outage = DatabaseOutages.isOutage(failure);
                if (attempt < ATTEMPTS
                        && (outage || state.filter(RACES::contains).isPresent())) {
                    LOG.debugf(
                            "Bundle load failed (SQL state %s), attempt %d; retrying", state.orElse("none"), attempt);
                    pause(attempt);
                    continue;
                }
                if (outage) {
                    LOG.warnf(failure, "Bundle load failed %d times: the database is unavailable", attempt);
                    throw new DatabaseUnavailableException();
                }
                throw DatabaseRules.describe(failure).orElseThrow(() -> failure);
            }
        }
    }

    private static void pause(int attempt) {
        try {
            Thread.sleep(ThreadLocalRandom.current().nextLong(5, 20L << attempt));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while retrying a bundle load", e);
        }
    }

    /** Finds the constraint a failure broke, in Hibernate's exception or the JDBC one beneath it. */
    static Optional<String> constraint(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof ConstraintViolationException violation && violation.getConstraintName() != null) {
                return Optional.of(violation.getConstraintName());
            }
        }
        return Optional.empty();
    }
}
