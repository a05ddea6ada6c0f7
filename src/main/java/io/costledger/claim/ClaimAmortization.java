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
        Priced priced = priced(claims);
        Map<Long, AmortizedValueView> views = new HashMap<>();
        priced.values()
                .forEach((id, value) ->
                        views.put(id, AmortizedValueView.of(value, priced.rows().get(value.price()))));
        return views;
    }

    /** For AMORTIZED, each claim's amortized total by claim id (absent: none); for any other kind, nothing. */
    public Map<Long, BigDecimal> totals(Collection<ClaimView> claims, RateKind rateKind) {
        if (rateKind != RateKind.AMORTIZED) {
            return Map.of();
        }
        Map<Long, BigDecimal> totals = new HashMap<>();
        priced(claims).values().forEach((id, value) -> totals.put(id, value.totalUsd()));
        return totals;
    }

    /** The values computed, by claim id, and the price rows behind the prices they used. */
    private record Priced(Map<Long, AmortizedValue> values, Map<ChipPrice, HardwarePriceView> rows) {}

    /** Reads prices only for the claims that may have a value, and none when no claim may. */
    private Priced priced(Collection<ClaimView> claims) {
        List<ClaimView> candidates =
                claims.stream().filter(ClaimAmortization::mayHaveValue).toList();
        if (candidates.isEmpty()) {
            return new Priced(Map.of(), Map.of());
        }
        Map<ChipPrice, HardwarePriceView> rows = prices.chipPrices(Batches.ids(candidates, ClaimView::hardwareKey));
        Map<String, List<ChipPrice>> byHardware = new HashMap<>();
        rows.keySet()
                .forEach(price -> byHardware
                        .computeIfAbsent(price.hardware(), key -> new java.util.ArrayList<>())
                        .add(price));
        Map<Integer, BigDecimal> electricity = prices.usdPerKwhByYear();
        Map<Long, AmortizedValue> values = new HashMap<>();
        for (ClaimView claim : candidates) {
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
        return new Priced(values, rows);
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
