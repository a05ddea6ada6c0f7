package io.costledger.hardware;

import io.costledger.analysis.RateBook;
import io.costledger.analysis.RateKind;
import io.costledger.api.Batches;
import io.costledger.api.Rows;
import io.costledger.api.Where;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/** Reads hardware and hourly rates as API views; every method is one SQL statement. */
@ApplicationScoped
public class HardwareQueries {

    private static final String SELECT = "select " + HardwareView.COLUMNS + " from Hardware h";
    private static final String SELECT_RATES = "select " + HardwareRateView.COLUMNS + " from HardwareRate r";
    private static final String RATE_ORDER = " order by r.hardware.key, r.kind, r.effectiveOn, r.provider nulls last";

    @Inject
    EntityManager em;

    public List<HardwareView> all() {
        return em.createQuery(SELECT + " order by h.key", HardwareView.class).getResultList();
    }

    public Map<Long, HardwareView> byIds(Collection<Long> ids) {
        return Batches.index(Rows.in(em, SELECT + " where h.id in :ids", HardwareView.class, ids), HardwareView::id);
    }

    /** Rates of one hardware key and/or kind (null: any), by hardware, kind, date and provider. */
    public List<HardwareRateView> rates(String hardwareKey, RateKind kind) {
        Where where = new Where()
                .and("r.hardware.key = :hardware", "hardware", hardwareKey)
                .and("r.kind = :kind", "kind", kind);
        return where.bind(em.createQuery(SELECT_RATES + where.clause() + RATE_ORDER, HardwareRateView.class))
                .getResultList();
    }

    public List<HardwareRateView> ratesOf(Collection<Long> hardwareIds) {
        return Rows.in(
                em, SELECT_RATES + " where r.hardware.id in :ids" + RATE_ORDER, HardwareRateView.class, hardwareIds);
    }

    /** Every rate of the given hardware keys, ready for pricing. */
    public RateBook rateBook(Collection<String> hardwareKeys) {
        if (hardwareKeys.isEmpty()) {
            return new RateBook(List.of());
        }
        List<HardwareRateView> rows = em.createQuery(
                        SELECT_RATES + " where r.hardware.key in :keys", HardwareRateView.class)
                .setParameter("keys", hardwareKeys)
                .getResultList();
        return new RateBook(rows.stream().map(HardwareRateView::toHourlyRate).toList());
    }
}
