package io.costledger.model;

import io.costledger.api.ApiErrors;
import io.costledger.api.Batches;
import io.costledger.api.FieldBatches;
import io.costledger.api.PageRequest;
import io.costledger.claim.ClaimView;
import io.costledger.claim.ClaimsByModel;
import jakarta.inject.Inject;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Source;

/** The model queries and the fields that lead from a model to other records, each batched over a whole level. */
@GraphQLApi
@ApiErrors.Guarded
public class ModelGraphQL {

    @Inject
    FieldBatches batches;

    @Inject
    ModelQueries models;

    @Inject
    ClaimsByModel claims;

    @Query("models")
    @Description("Models by key, filtered; first defaults to 50 (1..500), after is a previous page's endCursor.")
    public @NonNull ModelConnection models(
            @Name("filter") ModelFilter filter, @Name("first") Integer first, @Name("after") String after) {
        ModelConnection page = models.page(filter, PageRequest.of(first, after));
        batches.fetched(ModelView.class, page.nodes());
        return page;
    }

    @Query("model")
    @Description("The model with this key, or null.")
    public ModelView model(@NonNull @Name("key") String key) {
        return models.byKey(key)
                .map(model -> batches.fetched(ModelView.class, List.of(model)).get(0))
                .orElse(null);
    }

    @Name("totalCount")
    @Description("How many models match the filter, over all pages.")
    public int totalCount(@Source ModelConnection connection) {
        return models.count(connection.filter());
    }

    @Name("baseModel")
    @Description("The model this one was trained from, or null.")
    public List<ModelView> baseModel(@Source List<ModelView> page) {
        return batches.fetched(
                ModelView.class,
                Batches.pick(page, ModelView::baseModelId, models.byIds(Batches.ids(page, ModelView::baseModelId))));
    }

    @Name("derivedModels")
    @Description("The models trained from this one, by key.")
    public List<@NonNull List<@NonNull ModelView>> derivedModels(@Source List<ModelView> page) {
        List<ModelView> derived =
                batches.fetched(ModelView.class, models.derivedFrom(Batches.ids(page, ModelView::id)));
        return Batches.group(page, ModelView::id, derived, ModelView::baseModelId);
    }

    @Name("claims")
    @Description("The claims about this model, by key.")
    public List<@NonNull List<@NonNull ClaimView>> claims(@Source List<ModelView> page) {
        List<ClaimView> about = batches.fetched(ClaimView.class, claims.about(Batches.ids(page, ModelView::id)));
        return Batches.group(page, ModelView::id, about, ClaimView::modelId);
    }
}
