package io.costledger.claim;

import io.costledger.analysis.ClaimFlagger;
import io.costledger.db.Database;
import io.costledger.state.LedgerState;
import io.costledger.state.LedgerVersion;
import io.costledger.taxonomy.TaxonomyCatalog;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.List;
import org.jboss.logging.Logger;

/**
 * Stored flags follow the flag rules and the taxonomy they were computed with. When either differs from what this
 * build runs with (a new category migration, a changed rule), start-up recomputes every claim's flags once.
 */
@ApplicationScoped
public class FlagRulesCheck {

    static final String STATE = "flags.basis";
    private static final int CHUNK = 500;
    private static final Logger LOG = Logger.getLogger(FlagRulesCheck.class);

    @Inject
    Database database;

    @Inject
    TaxonomyCatalog catalog;

    @Inject
    ClaimFlagService flags;

    @Inject
    LedgerState state;

    @Inject
    LedgerVersion version;

    void onStart(@Observes @Priority(10) StartupEvent event) {
        QuarkusTransaction.requiringNew().run(this::recomputeIfRulesChanged);
    }

    void recomputeIfRulesChanged() {
        String basis = "rules v" + ClaimFlagger.RULES_VERSION + "; "
                + catalog.taxonomy().fingerprint();
        if (state.read(STATE).filter(basis::equals).isPresent()) {
            return;
        }
        List<Long> ids = database.write(sql -> sql.list("select id from claim order by id", row -> row.getLong("id")));
        int changed = 0;
        for (int from = 0; from < ids.size(); from += CHUNK) {
            changed += flags.refresh(ids.subList(from, Math.min(ids.size(), from + CHUNK)));
        }
        state.write(STATE, basis);
        if (changed > 0) {
            version.raise();
        }
        LOG.infof("Flags now follow %s: checked %d claims, %d changed.", basis, ids.size(), changed);
    }
}
