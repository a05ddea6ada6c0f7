package io.costledger.claim;

import io.costledger.analysis.ClaimFacts;
import io.costledger.analysis.ClaimFlagger;
import io.costledger.analysis.Flag;
import io.costledger.db.Database;
import io.costledger.graphql.Batches;
import io.costledger.taxonomy.TaxonomyCatalog;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Keeps the stored flags current. A claim's flags depend on the claim, the claim it cites and the taxonomy, so
 * whoever changes claims refreshes those claims and the claims citing them, in the same transaction.
 */
@ApplicationScoped
public class ClaimFlagService {

    @Inject
    Database database;

    @Inject
    ClaimQueries claims;

    @Inject
    TaxonomyCatalog catalog;

    /** Recomputes the flags of these claims and of every claim citing one of them; returns how many changed. */
    @Transactional(Transactional.TxType.MANDATORY)
    public int refreshWithCiting(Collection<Long> claimIds) {
        Set<Long> affected = new HashSet<>(claimIds);
        claims.citing(claimIds).forEach(claim -> affected.add(claim.id()));
        return refresh(affected);
    }

    /** Recomputes the flags of these claims and stores those that differ; returns how many changed. */
    @Transactional(Transactional.TxType.MANDATORY)
    public int refresh(Collection<Long> claimIds) {
        if (claimIds.isEmpty()) {
            return 0;
        }
        Map<Long, ClaimView> views = new HashMap<>(claims.byIds(claimIds));
        Set<Long> citedIds = Batches.ids(views.values(), ClaimView::citesId);
        citedIds.removeAll(views.keySet());
        views.putAll(claims.byIds(citedIds));
        Map<Long, ClaimFindings> findings = claims.findings(views.keySet());
        Map<Long, ClaimFacts> facts = new HashMap<>();
        views.values().forEach(view -> facts.put(view.id(), ClaimAnalysis.facts(view)));
        ClaimFlagger flagger = new ClaimFlagger(catalog.taxonomy());
        Map<Long, List<Flag>> changed = new HashMap<>();
        for (Long id : claimIds) {
            ClaimView claim = views.get(id);
            List<Flag> flags = flagger.flag(facts.get(id), claim.citesId() == null ? null : facts.get(claim.citesId()));
            if (!flags.equals(ClaimAnalysis.flags(findings.get(id)))) {
                changed.put(id, flags);
            }
        }
        store(changed);
        return changed.size();
    }

    private void store(Map<Long, List<Flag>> changed) {
        if (changed.isEmpty()) {
            return;
        }
        database.write(sql -> {
            sql.update("delete from claim_flag where claim_id = any(?)", sql.array("bigint", changed.keySet()));
            List<Object[]> rows = new ArrayList<>();
            changed.forEach((claimId, flags) -> {
                for (int position = 0; position < flags.size(); position++) {
                    Flag flag = flags.get(position);
                    rows.add(new Object[] {
                        claimId,
                        position,
                        flag.code(),
                        flag.severity(),
                        flag.message(),
                        catalog.categoryMask(flag.categories())
                    });
                }
            });
            sql.batch(
                    "insert into claim_flag (claim_id, position, code, severity, message, categories_mask)"
                            + " values (?, ?, ?, ?, ?, ?)",
                    rows);
            return null;
        });
    }
}
