package io.costledger.bundle;

import com.fasterxml.jackson.databind.JsonNode;
import io.costledger.claim.ClaimFindings;
import io.costledger.claim.ClaimFlagService;
import io.costledger.claim.ClaimMemo;
import io.costledger.claim.ClaimQueries;
import io.costledger.claim.ClaimView;
import io.costledger.db.Database;
import io.costledger.graphql.Batches;
import io.costledger.history.Change;
import io.costledger.history.ChangeKind;
import io.costledger.history.ItemChangeView;
import io.costledger.history.LoadView;
import io.costledger.history.Recorder;
import io.costledger.state.LedgerVersion;
import io.costledger.taxonomy.TaxonomyCatalog;
import io.quarkus.arc.Arc;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Validator;
import java.util.AbstractList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import org.hibernate.StatelessSession;

/**
 * Loads one bundle in one transaction: check its shape, lock the ledger (loads take turns), plan it against the
 * stored ledger, write what changes, refresh the flags it affects, and record the load with every revision. A load
 * that changes nothing gets no number and leaves the ledger's version alone; a dry run does everything and then
 * rolls back.
 */
@ApplicationScoped
public class BundleLoader {

    @Inject
    Database database;

    @Inject
    BundleSchema schema;

    @Inject
    TaxonomyCatalog catalog;

    @Inject
    ClaimFlagService flags;

    @Inject
    ClaimQueries claims;

    @Inject
    Recorder recorder;

    @Inject
    LedgerVersion version;

    @Inject
    Instance<ClaimMemo> memo;

    @Inject
    StatelessSession session;

    @Inject
    Validator validator;

    /**
     * Loads a bundle in one transaction. {@code storedClaims}: whether the report carries the bundle's claims as
     * stored (for GraphQL, which may select any of their fields), or only their keys and flags (for REST).
     */
    @Transactional
    public LoadReport load(JsonNode bundle, String loadedBy, boolean dryRun, boolean storedClaims) {
        Problems problems = new Problems();
        var broken = schema.check(bundle, problems);
        version.lock();
        LoadPlan plan = database.write(sql -> LoadPlan.of(sql, bundle, broken, catalog.taxonomy(), problems));
        new ItemWriter(session, catalog, validator).write(plan);
        flags.refreshAfter(changed(plan));
        List<Change> changes = changes(plan);
        Recorder.Counts counts = counts(plan);
        LoadView load = null;
        if (!changes.isEmpty() && !dryRun) {
            load = recorder.record(loadedBy, counts, changes);
            version.raise();
        }
        LoadReport report =
                report(plan, dryRun, Math.toIntExact(version.current()), load, counts, changes, storedClaims);
        if (dryRun) {
            QuarkusTransaction.setRollbackOnly();
        }
        return report;
    }

    /**
     * What the load changed that flags depend on, as each kind's description says ({@link Item#flagInputs}): its
     * claims (in their forms before and after), their models, sources, hardware.
     */
    private static ClaimFlagService.Changed changed(LoadPlan plan) {
        ClaimFlagService.Changed changed =
                new ClaimFlagService.Changed(new HashSet<>(), new HashSet<>(), new HashSet<>(), new HashSet<>());
        for (Entry.Planned planned : plan.items) {
            if (planned.change() != null) {
                Item item = planned.entry().item();
                item.flagInputs.add(planned.entry().name(), planned.entry().form(), changed);
                if (planned.before() != null) {
                    item.flagInputs.add(planned.entry().name(), planned.before(), changed);
                }
            }
        }
        plan.retractions.forEach(retraction ->
                Kinds.of(retraction.kind()).flagInputs.add(retraction.name(), retraction.before(), changed));
        return changed;
    }

    /**
     * What the load changes, computed item by item when read (the history's rows, the report's changes): a bundle of
     * 100,000 items is not held a second and a third time as text.
     */
    private static List<Change> changes(LoadPlan plan) {
        List<Entry.Planned> changed =
                plan.items.stream().filter(planned -> planned.change() != null).toList();
        return new AbstractList<>() {
            @Override
            public Change get(int index) {
                if (index < changed.size()) {
                    Entry.Planned planned = changed.get(index);
                    Entry entry = planned.entry();
                    return new Change(
                            entry.item().kind,
                            entry.name(),
                            planned.change(),
                            Forms.text(entry.form()),
                            Forms.changes(entry.item(), planned.before(), entry.form()),
                            null);
                }
                Retraction retraction = plan.retractions.get(index - changed.size());
                return new Change(
                        retraction.kind(),
                        retraction.name(),
                        ChangeKind.RETRACTED,
                        null,
                        Forms.changes(Kinds.of(retraction.kind()), retraction.before(), null),
                        retraction.reason());
            }

            @Override
            public int size() {
                return changed.size() + plan.retractions.size();
            }
        };
    }

    private static Recorder.Counts counts(LoadPlan plan) {
        int created = 0;
        int updated = 0;
        int unchanged = 0;
        for (Entry.Planned planned : plan.items) {
            if (planned.change() == ChangeKind.CREATED) {
                created++;
            } else if (planned.change() == ChangeKind.UPDATED) {
                updated++;
            } else {
                unchanged++;
            }
        }
        return new Recorder.Counts(created, updated, unchanged, plan.retractions.size());
    }

    /** The report, with the bundle's claims as this transaction stores them (a dry run's included). */
    private LoadReport report(
            LoadPlan plan,
            boolean dryRun,
            int ledgerVersion,
            LoadView load,
            Recorder.Counts counts,
            List<Change> changes,
            boolean storedClaims) {
        List<String> keys = plan.items.stream()
                .filter(planned -> planned.entry().item() == Kinds.CLAIM)
                .map(planned -> planned.entry().name())
                .toList();
        Map<String, Long> ids = claims.idsByKeys(keys);
        Map<Long, ClaimFindings> findings = claims.findings(List.copyOf(ids.values()));
        if (Arc.container().requestContext().isActive()) {
            memo.get().afterLoad(findings);
        }
        List<LoadReport.Verdict> verdicts = keys.stream()
                .map(key ->
                        new LoadReport.Verdict(key, findings.get(ids.get(key)).flags()))
                .toList();
        List<ClaimView> views = List.of();
        if (storedClaims) {
            Map<String, ClaimView> stored = Batches.index(claims.byKeys(keys), ClaimView::key);
            views = keys.stream().map(stored::get).toList();
        }
        return new LoadReport(
                dryRun,
                ledgerVersion,
                load,
                counts.created(),
                counts.updated(),
                counts.unchanged(),
                counts.retracted(),
                new AbstractList<>() {
                    @Override
                    public ItemChangeView get(int index) {
                        return changes.get(index).view();
                    }

                    @Override
                    public int size() {
                        return changes.size();
                    }
                },
                views,
                verdicts);
    }
}
