package io.costledger.bundle;

import io.costledger.analysis.Coverage;
import io.costledger.claim.Claim;
import io.costledger.hardware.Hardware;
import io.costledger.hardware.HardwareRate;
import io.costledger.model.Model;
import io.costledger.organization.Organization;
import io.costledger.source.Source;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/** The whole ledger as one bundle: loading it into an empty ledger and exporting again gives the same document. */
@ApplicationScoped
public class BundleExport {

    @Inject
    EntityManager em;

    @Transactional(Transactional.TxType.SUPPORTS)
    public Bundle export() {
        return new Bundle(
                em.createQuery("from Organization o order by o.key", Organization.class)
                        .getResultStream()
                        .map(o -> new OrganizationInput(o.key, o.name, o.country))
                        .toList(),
                em.createQuery(
                                "from Model m join fetch m.organization left join fetch m.baseModel order by m.key",
                                Model.class)
                        .getResultStream()
                        .map(m -> new ModelInput(
                                m.key,
                                m.name,
                                m.organization.key,
                                m.releasedOn,
                                m.baseModel == null ? null : m.baseModel.key))
                        .toList(),
                em.createQuery("from Hardware h order by h.key", Hardware.class)
                        .getResultStream()
                        .map(h -> new HardwareInput(h.key, h.name, h.vendor))
                        .toList(),
                em.createQuery("from Source s order by s.key", Source.class)
                        .getResultStream()
                        .map(s -> new SourceInput(s.key, s.title, s.url, s.publisher, s.publishedOn, s.kind))
                        .toList(),
                em.createQuery(
                                "from HardwareRate r join fetch r.hardware left join fetch r.source"
                                        + " order by r.hardware.key, r.kind, r.effectiveOn, r.provider nulls last",
                                HardwareRate.class)
                        .getResultStream()
                        .map(r -> new HardwareRateInput(
                                r.hardware.key,
                                r.kind,
                                plain(r.usdPerGpuHour),
                                r.effectiveOn,
                                r.provider,
                                r.source == null ? null : r.source.key))
                        .toList(),
                em.createQuery(
                                "select distinct c from Claim c join fetch c.source join fetch c.organization"
                                        + " left join fetch c.model left join fetch c.hardware"
                                        + " left join fetch c.presentedScope left join fetch c.cites"
                                        + " left join fetch c.coverage order by c.key",
                                Claim.class)
                        .getResultStream()
                        .map(BundleExport::claim)
                        .toList());
    }

    private static ClaimInput claim(Claim c) {
        return new ClaimInput(
                c.key,
                c.source.key,
                c.model == null ? null : c.model.key,
                c.organization.key,
                c.quote,
                c.locator,
                c.notes,
                c.statedOn,
                null,
                plain(c.amountLowUsd),
                plain(c.amountHighUsd),
                plain(c.gpuHours),
                c.hardware == null ? null : c.hardware.key,
                plain(c.rateUsdPerGpuHour),
                c.rateAssumed,
                c.presentedScope == null ? null : c.presentedScope.code,
                categories(c.coverage, Coverage.INCLUDED),
                categories(c.coverage, Coverage.EXCLUDED),
                c.cites == null ? null : c.cites.key);
    }

    private static List<String> categories(Map<io.costledger.taxonomy.CostCategory, Coverage> coverage, Coverage kind) {
        return coverage.entrySet().stream()
                .filter(entry -> entry.getValue() == kind)
                .map(Map.Entry::getKey)
                .sorted(Comparator.comparingInt(category -> category.position))
                .map(category -> category.code)
                .toList();
    }

    /** A stored number without the zeros its column pads it with (2.0000 is exported as 2). */
    private static BigDecimal plain(BigDecimal value) {
        return value == null ? null : value.stripTrailingZeros();
    }
}
