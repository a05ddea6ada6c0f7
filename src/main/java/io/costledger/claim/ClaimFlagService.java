package io.costledger.claim;

import io.costledger.analysis.ClaimFacts;
import io.costledger.analysis.ClaimFlagger;
import io.costledger.analysis.Flag;
import io.costledger.db.Database;
import io.costledger.graphql.Batches;
import io.costledger.hardware.HardwareQueries;
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
 * Keeps the stored flags current. A claim's flags depend on the claim, the claims it cites (directly or through a
 * chain), its source's date and kind, its hardware's peak and rates, and every other claim about its model (for
 * CONFLICTING_ESTIMATES). So whoever changes any of these refreshes, in the same transaction, every claim about each
 * model concerned ({@link #refreshAfter}).
 */
@ApplicationScoped
public class ClaimFlagService {

    /** What a load changed that flags depend on, by key: claims (stored before or after), models, sources, hardware. */
    public record Changed(Set<String> claims, Set<String> models, Set<String> sources, Set<String> hardware) {}

    @Inject
    Database database;

    @Inject
    ClaimQueries claims;

    @Inject
    HardwareQueries hardware;

    @Inject
    TaxonomyCatalog catalog;

    /**
     * Recomputes every flag a change may have moved: of the claims changed, about the models named, from the sources
     * and on the hardware changed; of every claim citing one of those, directly or through a chain; and of every
     * claim about the same models. Returns how many claims' flags changed.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public int refreshAfter(Changed changed) {
        List<ClaimQueries.Link> seeds = claims.linksAffectedBy(changed);
        Set<Long> ids = new HashSet<>(Batches.ids(seeds, ClaimQueries.Link::id));
        Set<Long> models = new HashSet<>(Batches.ids(seeds, ClaimQueries.Link::modelId));
        Collection<Long> frontier = ids;
        while (!frontier.isEmpty()) {
            List<ClaimQueries.Link> citing = claims.linksCiting(frontier);
            List<Long> added = new ArrayList<>();
            for (ClaimQueries.Link link : citing) {
                if (ids.add(link.id())) {
                    added.add(link.id());
                    if (link.modelId() != null) {
                        models.add(link.modelId());
                    }
                }
            }
            frontier = added;
        }
        claims.linksAbout(models).forEach(link -> ids.add(link.id()));
        return recompute(ids);
    }

    /**
     * Recomputes the flags of these claims and of every other claim about the same models (conflicts are found among
     * a model's claims), and stores those that differ; returns how many changed.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public int refresh(Collection<Long> claimIds) {
        if (claimIds.isEmpty()) {
            return 0;
        }
        Set<Long> ids = new HashSet<>(claimIds);
        Set<Long> models = Batches.ids(claims.links(claimIds), ClaimQueries.Link::modelId);
        claims.linksAbout(models).forEach(link -> ids.add(link.id()));
        return recompute(ids);
    }

    /** Recomputes the flags of these claims, which hold every claim about each model among them. */
    private int recompute(Set<Long> ids) {
        if (ids.isEmpty()) {
            return 0;
        }
        Map<Long, ClaimView> views = new HashMap<>(claims.byIds(ids));
        // every claim they cite, directly or through a chain: part 1 reads the cited claim, conflicts the chains
        Set<Long> cited = Batches.ids(views.values(), ClaimView::citesId);
        cited.removeAll(views.keySet());
        while (!cited.isEmpty()) {
            Map<Long, ClaimView> found = claims.byIds(cited);
            views.putAll(found);
            cited = Batches.ids(found.values(), ClaimView::citesId);
            cited.removeAll(views.keySet());
        }
        Map<String, ClaimFacts> ledger = new HashMap<>();
        views.values().forEach(view -> ledger.put(view.key(), ClaimAnalysis.facts(view)));
        List<ClaimFacts> judged = new ArrayList<>(ids.size());
        ids.forEach(id -> judged.add(ledger.get(views.get(id).key())));
        ClaimFlagger flagger = new ClaimFlagger(
                catalog.taxonomy(), hardware.rateBook(Batches.ids(views.values(), ClaimView::hardwareKey)));
        Map<String, List<Flag>> flags = flagger.flagAll(judged, ledger::get);
        Map<Long, ClaimFindings> findings = claims.findings(ids);
        Map<Long, List<Flag>> changed = new HashMap<>();
        for (Long id : ids) {
            List<Flag> now = flags.get(views.get(id).key());
            if (!now.equals(ClaimAnalysis.flags(findings.get(id)))) {
                changed.put(id, now);
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
