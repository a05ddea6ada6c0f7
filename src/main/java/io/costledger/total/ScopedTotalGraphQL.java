package io.costledger.total;

import io.costledger.analysis.RateKind;
import io.costledger.api.ApiErrors;
import io.costledger.api.FieldBatches;
import io.costledger.model.ModelView;
import jakarta.inject.Inject;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Source;

@GraphQLApi
@ApiErrors.Guarded
public class ScopedTotalGraphQL {

    private static final String MEANING = "What the claims about the model add up to for the scope, without counting"
            + " a category twice. includeLineage adds its base models; includeFlagged takes claims with ERROR flags;"
            + " rateKind re-prices every claim with GPU-hours at that kind of rate.";

    @Inject
    ScopedTotalService totals;

    @Inject
    FieldBatches batches;

    @Query("scopedTotal")
    @Description(MEANING + " Null when no model has this key.")
    public ScopedTotalView scopedTotal(
            @NonNull @Name("model") String model,
            @NonNull @Name("scope") String scope,
            @Name("includeLineage") Boolean includeLineage,
            @Name("includeFlagged") Boolean includeFlagged,
            @Name("rateKind") RateKind rateKind) {
        return totals.total(model, new TotalOptions(scope, includeLineage, includeFlagged, rateKind))
                .orElse(null);
    }

    @Name("scopedTotal")
    @Description(MEANING)
    public @NonNull ScopedTotalView scopedTotal(
            @Source ModelView model,
            @NonNull @Name("scope") String scope,
            @Name("includeLineage") Boolean includeLineage,
            @Name("includeFlagged") Boolean includeFlagged,
            @Name("rateKind") RateKind rateKind) {
        TotalOptions options = new TotalOptions(scope, includeLineage, includeFlagged, rateKind);
        return batches.resolve(
                "Model.scopedTotal", options, ModelView.class, model, page -> totals.totals(page, options));
    }
}
