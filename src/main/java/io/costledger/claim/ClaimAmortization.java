package io.costledger.claim;

import io.costledger.analysis.Amortization;
import io.costledger.analysis.AmortizedValue;
import io.costledger.analysis.ChipPrice;
import io.costledger.analysis.RateKind;
import io.costledger.graphql.Batches;
import io.costledger.hardware.HardwarePriceView;
import io.costledger.hardware.PriceQueries;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The amortized values of a batch of claims (SEMANTICS.md part 3): the prices of their hardware and the electricity
 * prices are read once for the batch (two statements), the values computed by {@link Amortization}.
 */
@ApplicationScoped
public class ClaimAmortization {

    @Inject
    PriceQueries prices;

    /** The claims' amortized values with the price rows they used, by claim id; a claim without one is absent. */
    public Map<Long, AmortizedValueView> views(Collection<ClaimView> claims) {
        Map<ChipPrice, HardwarePriceView> rows = prices.chipPrices(Batches.ids(claims, ClaimView::hardwareKey));
        Map<Long, AmortizedValueView> views = new HashMap<>();
        values(claims, rows.keySet())
                .forEach((id, value) -> views.put(id, AmortizedValueView.of(value, rows.get(value.price()))));
        return views;
    }

    /** For AMORTIZED, each claim's amortized total by claim id (absent: none); for any other kind, nothing. */
    public Map<Long, BigDecimal> totals(Collection<ClaimView> claims, RateKind rateKind) {
        if (rateKind != RateKind.AMORTIZED) {
            return Map.of();
        }
        Map<Long, BigDecimal> totals = new HashMap<>();
        values(
                        claims,
                        prices.chipPrices(Batches.ids(claims, ClaimView::hardwareKey))
                                .keySet())
                .forEach((id, value) -> totals.put(id, value.totalUsd()));
        return totals;
    }

    private Map<Long, AmortizedValue> values(Collection<ClaimView> claims, Collection<ChipPrice> chipPrices) {
        Map<Long, AmortizedValue> values = new HashMap<>();
        if (claims.stream().noneMatch(ClaimAmortization::mayHaveValue)) {
            return values;
        }
        Map<String, List<ChipPrice>> byHardware = new HashMap<>();
        chipPrices.forEach(price -> byHardware
                .computeIfAbsent(price.hardware(), key -> new java.util.ArrayList<>())
                .add(price));
        Map<Integer, BigDecimal> electricity = prices.usdPerKwhByYear();
        for (ClaimView claim : claims) {
            if (!mayHaveValue(claim)) {
                continue;
            }
            Amortization.of(new Amortization.Run(
                            claim.gpuHours(),
                            day(claim),
                            claim.durationHours(),
                            claim.organization().hyperscale(),
                            claim.hardware().chip(),
                            byHardware.getOrDefault(claim.hardwareKey(), List.of()),
                            electricity))
                    .ifPresent(value -> values.put(claim.id(), value));
        }
        return values;
    }

    /** GPU-hours and hardware, and not a capital expense. */
    private static boolean mayHaveValue(ClaimView claim) {
        return claim.gpuHours() != null && claim.hardware() != null && !claim.capitalExpense();
    }

    /** The day E is taken from: the model's release, else the claim's own date, else its source's (rule days). */
    private static LocalDate day(ClaimView claim) {
        if (claim.model() != null && claim.model().releasedRuleDay() != null) {
            return claim.model().releasedRuleDay();
        }
        return claim.ruleDay();
    }
}
