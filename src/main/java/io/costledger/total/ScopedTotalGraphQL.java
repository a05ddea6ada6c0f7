package io.costledger.total;

import io.costledger.analysis.RateKind;
import io.costledger.model.ModelView;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Source;

@GraphQLApi
@ApplicationScoped
public class ScopedTotalGraphQL {

    private static final String MEANING = "What the claims about the model add up to for the scope, without counting"
            + " a category twice. includeLineage adds its base models; includeFlagged takes claims with ERROR flags;"
            + " rateKind re-prices every claim with GPU-hours at that kind of rate.";

    @Inject
    ScopedTotalService totals;

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

    /** Computed only for the models that ask for it, once per set of arguments (see the engine's batching). */
    @Name("scopedTotal")
    @Description(MEANING)
    public List<@NonNull ScopedTotalView> scopedTotals(
            @Source List<ModelView> models,
            @NonNull @Name("scope") String scope,
            @Name("includeLineage") Boolean includeLineage,
            @Name("includeFlagged") Boolean includeFlagged,
            @Name("rateKind") RateKind rateKind) {
        return totals.totals(models, new TotalOptions(scope, includeLineage, includeFlagged, rateKind));
    }
}
