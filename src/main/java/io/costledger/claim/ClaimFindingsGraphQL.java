package io.costledger.claim;

import io.costledger.analysis.Coverage;
import io.costledger.analysis.RateBook;
import io.costledger.analysis.RateKind;
import io.costledger.api.ApiErrors;
import io.costledger.api.Batches;
import io.costledger.api.FieldBatches;
import io.costledger.hardware.HardwareQueries;
import io.costledger.taxonomy.TaxonomyCatalog;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Source;

/** What the ledger derives for each claim: its coverage of every category, its flags, its compute re-priced. */
@GraphQLApi
@ApiErrors.Guarded
public class ClaimFindingsGraphQL {

    @Inject
    HardwareQueries hardware;

    @Inject
    TaxonomyCatalog catalog;

    @Inject
    FieldBatches batches;

    @Name("coverage")
    @Description("Every category, in position order.")
    public @NonNull List<@NonNull CategoryCoverageView> coverage(@Source ClaimView claim) {
        Map<String, Coverage> stated = ClaimAnalysis.coverage(claim);
        return catalog.categories().stream()
                .map(category ->
                        new CategoryCoverageView(category, stated.getOrDefault(category.code(), Coverage.UNSTATED)))
                .toList();
    }

    @Name("costAt")
    @Description("The claim's GPU-hours priced at the rate of this kind in force at asOf (default: the claim's date),"
            + " rounded to cents; null without GPU-hours or without such a rate.")
    public BigDecimal costAt(
            @Source ClaimView claim, @NonNull @Name("rateKind") RateKind rateKind, @Name("asOf") LocalDate asOf) {
        return batches.resolve(
                "Claim.costAt", rateKind + " " + asOf, ClaimView.class, claim, page -> costAt(page, rateKind, asOf));
    }

    private List<BigDecimal> costAt(List<ClaimView> page, RateKind rateKind, LocalDate asOf) {
        RateBook rates = hardware.rateBook(Batches.ids(page, ClaimView::hardwareKey));
        return page.stream()
                .map(claim -> rates.cost(
                                claim.gpuHours(), claim.hardwareKey(), rateKind, asOf == null ? claim.statedOn() : asOf)
                        .orElse(null))
                .toList();
    }
}
