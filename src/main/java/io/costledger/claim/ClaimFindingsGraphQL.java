package io.costledger.claim;

import io.costledger.analysis.Coverage;
import io.costledger.analysis.RateBook;
import io.costledger.analysis.RateKind;
import io.costledger.graphql.Batches;
import io.costledger.graphql.MaxItems;
import io.costledger.hardware.HardwareQueries;
import io.costledger.taxonomy.CostCategoryView;
import io.costledger.taxonomy.CostScopeView;
import io.costledger.taxonomy.TaxonomyCatalog;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Source;

/** What is stored and derived beside each claim: its flags, its coverage of every category, its compute re-priced. */
@GraphQLApi
@ApplicationScoped
public class ClaimFindingsGraphQL {

    @Inject
    ClaimMemo memo;

    @Inject
    HardwareQueries hardware;

    @Inject
    TaxonomyCatalog catalog;

    @Inject
    ClaimAmortization amortization;

    @Name("flags")
    @Description("What is misleading or wrong about the claim, derived from it, the claims it cites, its hardware and"
            + " the other claims about its model.")
    @MaxItems(ClaimFindings.MAX_FLAGS)
    public List<@NonNull List<@NonNull FlagView>> flags(@Source List<ClaimView> claims) {
        Map<Long, ClaimFindings> findings = memo.findings(Batches.ids(claims, ClaimView::id));
        return claims.stream().map(claim -> findings.get(claim.id()).flags()).toList();
    }

    @Name("coverage")
    @Description("Every category, in position order.")
    @MaxItems(TaxonomyCatalog.MAX_CATEGORIES)
    public List<@NonNull List<@NonNull CategoryCoverageView>> coverage(@Source List<ClaimView> claims) {
        List<List<CategoryCoverageView>> coverage = new ArrayList<>(claims.size());
        for (ClaimView claim : claims) {
            List<CategoryCoverageView> every = new ArrayList<>();
            for (CostCategoryView category : catalog.categories()) {
                Coverage value = claim.included().contains(category.code())
                        ? Coverage.INCLUDED
                        : claim.excluded().contains(category.code()) ? Coverage.EXCLUDED : Coverage.UNSTATED;
                every.add(new CategoryCoverageView(category, value));
            }
            coverage.add(every);
        }
        return coverage;
    }

    @Name("presentedScope")
    public List<CostScopeView> presentedScope(@Source List<ClaimView> claims) {
        return claims.stream()
                .map(claim -> claim.presentedScopeCode() == null
                        ? null
                        : catalog.scope(claim.presentedScopeCode()).orElseThrow())
                .toList();
    }

    @Name("costAt")
    @Description("The claim's GPU-hours priced at the rate of this kind in force at asOf (default: the claim's date),"
            + " rounded to cents; null without GPU-hours or without such a rate, and for a capital expense. At"
            + " AMORTIZED: amortized.totalUsd (asOf plays no part).")
    public List<BigDecimal> costAt(
            @Source List<ClaimView> claims,
            @NonNull @Name("rateKind") RateKind rateKind,
            @Name("asOf") LocalDate asOf) {
        if (rateKind == RateKind.AMORTIZED) {
            Map<Long, BigDecimal> totals = amortization.totals(claims, rateKind);
            return claims.stream().map(claim -> totals.get(claim.id())).toList();
        }
        RateBook rates = hardware.rateBook(Batches.ids(claims, ClaimView::hardwareKey));
        return claims.stream()
                .map(claim -> claim.capitalExpense()
                        ? null
                        : rates.cost(
                                        claim.gpuHours(),
                                        claim.hardwareKey(),
                                        rateKind,
                                        asOf == null ? claim.ruleDay() : asOf)
                                .orElse(null))
                .toList();
    }

    @Name("amortized")
    @Description("The claim's GPU-hours priced as owned hardware plus energy. Null without GPU-hours, hardware with a"
            + " kind, TDP and a price row, an electricity row, the dates the method needs, or for a capital expense.")
    public List<AmortizedValueView> amortized(@Source List<ClaimView> claims) {
        Map<Long, AmortizedValueView> values = amortization.views(claims);
        return claims.stream().map(claim -> values.get(claim.id())).toList();
    }
}
