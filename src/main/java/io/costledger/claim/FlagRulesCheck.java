package io.costledger.claim;

import io.costledger.analysis.ClaimFlagger;
import io.costledger.db.Columns;
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
import java.util.ArrayList;
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
        // by model, and cut only between models: a refresh judges every claim about a model at once
        List<Long[]> rows =
                database.write(sql -> sql.list("select id, model_id from claim order by model_id nulls last, id", row ->
                        new Long[] {row.getLong("id"), Columns.longOrNull(row, "model_id")}));
        int changed = 0;
        List<Long> chunk = new ArrayList<>(CHUNK);
        for (int i = 0; i < rows.size(); i++) {
            chunk.add(rows.get(i)[0]);
            Long model = rows.get(i)[1];
            boolean modelEnds = i + 1 == rows.size() || model == null || !model.equals(rows.get(i + 1)[1]);
            if (chunk.size() >= CHUNK && modelEnds || i + 1 == rows.size()) {
                changed += flags.refresh(chunk);
                chunk = new ArrayList<>(CHUNK);
            }
        }
        state.write(STATE, basis);
        if (changed > 0) {
            version.raise();
        }
        LOG.infof("Flags now follow %s: checked %d claims, %d changed.", basis, rows.size(), changed);
    }
}
