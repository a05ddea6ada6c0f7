package io.costledger.total;

import io.costledger.analysis.AssessedClaim;
import io.costledger.analysis.Comparisons;
import io.costledger.analysis.RateKind;
import io.costledger.claim.ClaimAmortization;
import io.costledger.claim.ClaimAnalysis;
import io.costledger.claim.ClaimFindings;
import io.costledger.claim.ClaimMemo;
import io.costledger.claim.ClaimView;
import io.costledger.graphql.Batches;
import io.costledger.graphql.MaxItems;
import io.costledger.hardware.HardwareQueries;
import io.costledger.hardware.PriceList;
import io.costledger.model.ModelView;
import io.costledger.taxonomy.TaxonomyCatalog;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Source;

/**
 * Where the sources disagree about a model: its claims grouped by the categories they include. A page of models
 * costs the statements of its claims, their flags and their rates, whatever its size (the claims and flags shared
 * with the page's other fields).
 */
@GraphQLApi
@ApplicationScoped
public class ComparisonGraphQL {

    static final int MAX_COMPARISONS = 16;
    static final int MAX_CLAIMS_COMPARED = 50;

    @Inject
    ClaimMemo claims;

    @Inject
    HardwareQueries hardware;

    @Inject
    TaxonomyCatalog catalog;

    @Inject
    ClaimAmortization amortization;

    @Name("comparisons")
    @Description("The model's claims grouped by the exact categories they include, with the spread of their values,"
            + " ordered by category positions. Claims without a value are left out, and claims with an ERROR flag"
            + " unless includeFlagged; rateKind re-prices every claim with GPU-hours at that kind of rate. Capital expenses"
            + " form groups of their own, each right after the ordinary group of the same categories.")
    @MaxItems(MAX_COMPARISONS)
    public List<@NonNull List<@NonNull ComparisonView>> comparisons(
            @Source List<ModelView> models,
            @Name("rateKind") RateKind rateKind,
            @Name("includeFlagged") Boolean includeFlagged) {
        List<ClaimView> about = claims.aboutModels(Batches.ids(models, ModelView::id));
        Map<Long, ClaimFindings> findings = claims.findings(Batches.ids(about, ClaimView::id));
        Map<Long, BigDecimal> amortized = amortization.totals(about, rateKind);
        Map<Long, List<AssessedClaim>> byModel = new HashMap<>();
        about.forEach(claim -> byModel.computeIfAbsent(claim.modelId(), id -> new ArrayList<>())
                .add(ClaimAnalysis.assessed(claim, findings.get(claim.id()), amortized.get(claim.id()))));
        Map<String, ClaimView> byKey = Batches.index(about, ClaimView::key);
        PriceList prices = hardware.priceList(Batches.ids(about, ClaimView::hardwareKey));
        Comparisons comparisons = new Comparisons(catalog.taxonomy(), prices.book());
        boolean flagged = Boolean.TRUE.equals(includeFlagged);
        return models.stream()
                .map(model -> comparisons.of(byModel.getOrDefault(model.id(), List.of()), rateKind, flagged).stream()
                        .map(group -> view(group, byKey, prices))
                        .toList())
                .toList();
    }

    private static ComparisonView view(Comparisons.Comparison group, Map<String, ClaimView> claims, PriceList prices) {
        return new ComparisonView(
                group.categories(),
                group.claims().stream().map(claims::get).toList(),
                group.minUsd(),
                group.maxUsd(),
                group.ratio(),
                group.members().stream()
                        .map(member -> new ComparedValueView(
                                claims.get(member.claim()),
                                member.value().lowUsd(),
                                member.value().highUsd(),
                                member.value().derived(),
                                prices.row(member.value().rate())))
                        .toList(),
                group.capitalExpense());
    }
}
