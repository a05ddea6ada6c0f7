package io.costledger.model;

import io.costledger.graphql.Batches;
import io.costledger.graphql.MaxItems;
import io.costledger.organization.OrganizationView;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Source;

/** The model queries, and the fields that join models to organizations and to each other. */
@GraphQLApi
@ApplicationScoped
public class ModelGraphQL {

    static final int MAX_MODELS_OF_ORGANIZATION = 100;
    static final int MAX_DERIVED_MODELS = 50;

    @Inject
    ModelQueries models;

    @Query("models")
    @Description("Models, filtered, in the order of orderBy (default: by key); first defaults to 50 (1..500), after"
            + " is a previous page's endCursor of the same order.")
    public @NonNull ModelConnection models(
            @Name("filter") ModelFilter filter,
            @Name("first") Integer first,
            @Name("after") String after,
            @Name("orderBy") @Description("Sort terms, the key last unless named; rows without a value come last.")
                    List<ModelOrder> orderBy) {
        return models.page(filter, first, after, orderBy);
    }

    @Query("model")
    @Description("The model with this key, or null.")
    public ModelView model(@NonNull @Name("key") String key) {
        return models.byKey(key).orElse(null);
    }

    @Name("totalCount")
    @Description("How many models match the filter, over all pages.")
    public int totalCount(@Source ModelConnection connection) {
        return models.count(connection.filter());
    }

    @Name("baseModel")
    @Description("The model this one was trained from, or null.")
    public List<ModelView> baseModel(@Source List<ModelView> page) {
        return Batches.pick(page, ModelView::baseModelId, models.byIds(Batches.ids(page, ModelView::baseModelId)));
    }

    @Name("derivedModels")
    @Description("The models trained from this one, by key.")
    @MaxItems(MAX_DERIVED_MODELS)
    public List<@NonNull List<@NonNull ModelView>> derivedModels(@Source List<ModelView> page) {
        return Batches.group(
                page, ModelView::id, models.derivedFrom(Batches.ids(page, ModelView::id)), ModelView::baseModelId);
    }

    @Name("models")
    @Description("The organization's models, by key.")
    @MaxItems(MAX_MODELS_OF_ORGANIZATION)
    public List<@NonNull List<@NonNull ModelView>> models(@Source List<OrganizationView> page) {
        return Batches.group(
                page,
                OrganizationView::id,
                models.ofOrganizations(Batches.ids(page, OrganizationView::id)),
                ModelView::organizationId);
    }
}
