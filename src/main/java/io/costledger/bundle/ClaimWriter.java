package io.costledger.bundle;

import io.costledger.analysis.Coverage;
import io.costledger.bundle.BundleWriter.Row;
import io.costledger.claim.Claim;
import io.costledger.organization.Organization;
import io.costledger.taxonomy.CostCategory;
import io.costledger.taxonomy.CostScope;
import io.costledger.taxonomy.TaxonomyCatalog;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** Writes a claim's own fields and coverage; its citation is set once every claim of the bundle exists. */
final class ClaimWriter {

    private final EntityManager em;
    private final StoredRows rows;
    private final TaxonomyCatalog catalog;

    ClaimWriter(EntityManager em, StoredRows rows, TaxonomyCatalog catalog) {
        this.em = em;
        this.rows = rows;
        this.catalog = catalog;
    }

    Row<Claim> fields(ClaimInput item) {
        Row<Claim> row = BundleWriter.row(rows.claims, item.key(), () -> {
            Claim claim = new Claim();
            claim.key = item.key();
            return claim;
        });
        Claim claim = row.entity();
        Changes changes = row.changes();
        claim.source = changes.keep(claim.source, rows.sources.get(item.source()));
        claim.model = changes.keep(claim.model, item.model() == null ? null : rows.models.get(item.model()));
        claim.organization = changes.keep(claim.organization, organization(item));
        claim.quote = changes.keep(claim.quote, item.quote());
        claim.locator = changes.keep(claim.locator, item.locator());
        claim.notes = changes.keep(claim.notes, item.notes());
        claim.statedOn = changes.keep(claim.statedOn, item.statedOn());
        BigDecimal low = item.amountUsd() != null ? item.amountUsd() : item.amountLowUsd();
        BigDecimal high = item.amountUsd() != null ? item.amountUsd() : item.amountHighUsd();
        claim.amountLowUsd = changes.keep(claim.amountLowUsd, BundleWriter.scaled(low, 2));
        claim.amountHighUsd = changes.keep(claim.amountHighUsd, BundleWriter.scaled(high, 2));
        claim.gpuHours = changes.keep(claim.gpuHours, BundleWriter.scaled(item.gpuHours(), 2));
        claim.hardware =
                changes.keep(claim.hardware, item.hardware() == null ? null : rows.hardware.get(item.hardware()));
        claim.rateUsdPerGpuHour =
                changes.keep(claim.rateUsdPerGpuHour, BundleWriter.scaled(item.rateUsdPerGpuHour(), 4));
        claim.rateAssumed = changes.keep(claim.rateAssumed, Boolean.TRUE.equals(item.rateAssumed()));
        claim.presentedScope = changes.keep(claim.presentedScope, scope(item.presentedScope()));
        coverage(claim, item, changes);
        row.save(em);
        return row;
    }

    /** The claim's organization: the one given, else its model's. */
    private Organization organization(ClaimInput item) {
        if (item.organization() != null) {
            return rows.organizations.get(item.organization());
        }
        return rows.models.get(item.model()).organization;
    }

    private CostScope scope(String code) {
        return code == null
                ? null
                : em.getReference(
                        CostScope.class, catalog.scope(code).orElseThrow().id());
    }

    private void coverage(Claim claim, ClaimInput item, Changes changes) {
        Map<String, Coverage> wanted = new HashMap<>();
        item.included().forEach(code -> wanted.put(code, Coverage.INCLUDED));
        Objects.requireNonNullElse(item.excluded(), List.<String>of())
                .forEach(code -> wanted.put(code, Coverage.EXCLUDED));
        Map<String, Coverage> current = new HashMap<>();
        claim.coverage.forEach((category, coverage) -> current.put(category.code, coverage));
        if (!current.equals(wanted)) {
            changes.changed();
            claim.coverage.clear();
            wanted.forEach((code, coverage) -> claim.coverage.put(
                    em.getReference(
                            CostCategory.class,
                            catalog.category(code).orElseThrow().id()),
                    coverage));
        }
    }
}
