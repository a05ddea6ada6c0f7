package io.costledger.bundle;

import io.costledger.claim.ClaimFlagService;
import io.costledger.state.LedgerVersion;
import io.costledger.taxonomy.TaxonomyCatalog;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/**
 * The one way into the ledger: checks a whole bundle, then creates or updates every item by key and refreshes the
 * flags it affects, in one transaction. A bundle with any problem writes nothing.
 */
@ApplicationScoped
public class BundleLoader {

    @Inject
    EntityManager em;

    @Inject
    TaxonomyCatalog catalog;

    @Inject
    ClaimFlagService flags;

    @Inject
    LedgerVersion version;

    @Transactional
    public LoadResult load(ParsedBundle parsed) {
        Bundle bundle = parsed.bundle();
        Problems problems = new Problems(parsed);
        new BundleShape(catalog.taxonomy(), problems).check(bundle);
        StoredRows stored = new StoredRows(em, bundle);
        new BundleReferences(bundle, stored, problems).check(em);
        problems.throwIfAny();
        LoadResult result = new BundleWriter(em, stored, catalog).write(bundle);
        em.flush();
        flags.refreshWithCiting(result.claimIds());
        version.raise();
        return result;
    }
}
