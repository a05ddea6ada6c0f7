package io.costledger.total;

import io.costledger.analysis.AssessedClaim;
import io.costledger.analysis.ScopeRequest;
import io.costledger.analysis.ScopedTotal;
import io.costledger.analysis.ScopedTotalCalculator;
import io.costledger.analysis.TotalPart;
import io.costledger.claim.ClaimAmortization;
import io.costledger.claim.ClaimAnalysis;
import io.costledger.claim.ClaimFindings;
import io.costledger.claim.ClaimMemo;
import io.costledger.claim.ClaimView;
import io.costledger.error.LedgerException;
import io.costledger.graphql.Batches;
import io.costledger.hardware.HardwareQueries;
import io.costledger.hardware.PriceList;
import io.costledger.model.ModelQueries;
import io.costledger.model.ModelView;
import io.costledger.taxonomy.CostScopeView;
import io.costledger.taxonomy.TaxonomyCatalog;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Computes scoped totals for a batch of models with a fixed number of statements, whatever the batch size and the
 * depth of the lineage: one for the lineage (with lineage only), one for the claims with their coverage and flags,
 * one for the rates.
 */
@ApplicationScoped
public class ScopedTotalService {

    @Inject
    TaxonomyCatalog catalog;

    @Inject
    ModelQueries models;

    @Inject
    ClaimMemo claims;

    @Inject
    HardwareQueries hardware;

    @Inject
    ClaimAmortization amortization;

    private final Counter computed;

    @Inject
    public ScopedTotalService(MeterRegistry registry) {
        this.computed = Counter.builder("ledger.totals.computed")
                .description("Scoped totals computed (each model, scope and set of options once)")
                .register(registry);
    }

    public Optional<ScopedTotalView> total(String modelKey, TotalOptions options) {
        CostScopeView scope = scope(options.scope());
        return models.byKey(modelKey)
                .map(model -> totals(List.of(model), scope, options).get(0));
    }

    /** One total per model, in input order. */
    public List<ScopedTotalView> totals(List<ModelView> page, TotalOptions options) {
        return totals(page, scope(options.scope()), options);
    }

    /** The scope of this code; an unknown one is INVALID_ARGUMENT naming the scopes there are. */
    public CostScopeView requireScope(String code) {
        return scope(code);
    }

    private CostScopeView scope(String code) {
        return catalog.scope(code)
                .orElseThrow(() -> LedgerException.invalidArgument("scope \"" + shortened(code)
                        + "\" does not exist; the scopes are "
                        + catalog.scopes().stream().map(CostScopeView::code).collect(Collectors.joining(", "))
                        + "."));
    }

    /**
     * Each model's total as the calculator gives it, one after another, in page order, for what needs only its
     * figures ({@code models.csv}): nothing is kept of a total once it is handed on, so memory does not grow with
     * the depth of the lineage.
     */
    public void eachTotal(List<ModelView> page, TotalOptions options, TotalConsumer consumer) {
        Batch batch = batch(page, scope(options.scope()), options);
        for (int i = 0; i < page.size(); i++) {
            consumer.accept(i, batch.total(page.get(i)));
        }
    }

    /** Takes the total of the page's {@code index}-th model. */
    @FunctionalInterface
    public interface TotalConsumer {
        void accept(int index, ScopedTotal total);
    }

    private List<ScopedTotalView> totals(List<ModelView> page, CostScopeView scope, TotalOptions options) {
        Batch batch = batch(page, scope, options);
        TotalViews views = new TotalViews(scope, batch.models().values(), batch.claims(), batch.prices());
        return page.stream().map(model -> views.of(batch.total(model))).toList();
    }

    /** What the totals of a page are computed from: the models of their chains, their claims and the prices. */
    private record Batch(
            Map<Long, List<ModelView>> chains,
            Map<Long, ModelView> models,
            List<ClaimView> claims,
            Map<Long, List<AssessedClaim>> claimsByModel,
            PriceList prices,
            ScopedTotalCalculator calculator,
            ScopeRequest request) {

        ScopedTotal total(ModelView model) {
            return calculator.total(
                    request,
                    chains.get(model.id()).stream()
                            .map(part -> new TotalPart(part.key(), claimsByModel.getOrDefault(part.id(), List.of())))
                            .toList());
        }
    }

    private Batch batch(List<ModelView> page, CostScopeView scope, TotalOptions options) {
        computed.increment(page.size());
        Map<Long, List<ModelView>> chains = chains(page, options.lineage());
        Map<Long, ModelView> modelsById = new HashMap<>();
        chains.values().forEach(chain -> chain.forEach(model -> modelsById.putIfAbsent(model.id(), model)));
        List<ClaimView> claimRows = claims.aboutModels(modelsById.keySet());
        Map<Long, ClaimFindings> findings = claims.findings(Batches.ids(claimRows, ClaimView::id));
        Map<Long, BigDecimal> amortized = amortization.totals(claimRows, options.rateKind());
        Map<Long, List<AssessedClaim>> claimsByModel = new HashMap<>();
        claimRows.forEach(claim -> claimsByModel
                .computeIfAbsent(claim.modelId(), id -> new ArrayList<>())
                .add(ClaimAnalysis.assessed(claim, findings.get(claim.id()), amortized.get(claim.id()))));
        PriceList prices = hardware.priceList(Batches.ids(claimRows, ClaimView::hardwareKey));
        return new Batch(
                chains,
                modelsById,
                claimRows,
                claimsByModel,
                prices,
                new ScopedTotalCalculator(catalog.taxonomy(), prices.book()),
                new ScopeRequest(scope.code(), options.flagged(), options.rateKind()));
    }

    private static String shortened(String text) {
        return text.length() <= 40 ? text : text.substring(0, 40) + "...";
    }

    /** For each model of the page, the models whose claims make up its total: itself, then its lineage. */
    private Map<Long, List<ModelView>> chains(List<ModelView> page, boolean lineage) {
        if (lineage) {
            return models.lineage(Batches.ids(page, ModelView::id));
        }
        return page.stream().collect(Collectors.toMap(ModelView::id, List::of, (a, b) -> a));
    }

    /** Turns the keys of a computed total back into the records the API returns. */
    private record TotalViews(
            CostScopeView scope, Map<String, ModelView> models, Map<String, ClaimView> claims, PriceList prices) {

        TotalViews(CostScopeView scope, Collection<ModelView> models, List<ClaimView> claims, PriceList prices) {
            this(scope, Batches.index(models, ModelView::key), Batches.index(claims, ClaimView::key), prices);
        }

        ScopedTotalView of(ScopedTotal total) {
            return new ScopedTotalView(
                    models.get(total.model()),
                    scope,
                    total.lowUsd(),
                    total.highUsd(),
                    total.coveredCategories(),
                    total.missingCategories(),
                    total.complete(),
                    total.lowerBound(),
                    total.contributions().stream()
                            .map(c -> new ContributionView(
                                    claims.get(c.claim()),
                                    models.get(c.model()),
                                    c.categories(),
                                    c.lowUsd(),
                                    c.highUsd(),
                                    c.derived(),
                                    prices.row(c.rate())))
                            .toList(),
                    total.skipped().stream()
                            .map(s -> new SkippedClaimView(
                                    claims.get(s.claim()),
                                    s.reason(),
                                    s.byClaim() == null ? null : claims.get(s.byClaim())))
                            .toList());
        }
    }
}
