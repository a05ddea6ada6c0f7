package io.costledger.claim;

import io.costledger.graphql.Batches;
import io.costledger.graphql.MaxItems;
import io.costledger.model.ModelView;
import io.costledger.organization.OrganizationView;
import io.costledger.source.SourceView;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Source;

/**
 * The claim queries, and every field that leads to claims: from a claim to the one it cites and those citing it, and
 * from a model, an organization or a source to its claims. Each is resolved for a whole level at once.
 */
@GraphQLApi
@ApplicationScoped
public class ClaimGraphQL {

    static final int MAX_CLAIMS_OF_MODEL = 100;
    static final int MAX_CLAIMS_OF_ORGANIZATION = 500;
    static final int MAX_CLAIMS_OF_SOURCE = 200;
    static final int MAX_CITING = 50;

    @Inject
    ClaimQueries claims;

    @Inject
    ClaimMemo memo;

    @Query("claims")
    @Description("Claims, filtered, in the order of orderBy (default: by key); first defaults to 50 (1..500), after"
            + " is a previous page's endCursor of the same order.")
    public @NonNull ClaimConnection claims(
            @Name("filter") ClaimFilter filter,
            @Name("first") Integer first,
            @Name("after") String after,
            @Name("orderBy") @Description("Sort terms, the key last unless named; rows without a value come last.")
                    List<ClaimOrder> orderBy) {
        return claims.page(filter, first, after, orderBy);
    }

    @Query("claim")
    @Description("The claim with this key, or null.")
    public ClaimView claim(@NonNull @Name("key") String key) {
        return claims.byKey(key).orElse(null);
    }

    @Name("totalCount")
    @Description("How many claims match the filter, over all pages.")
    public int totalCount(@Source ClaimConnection connection) {
        return claims.count(connection.filter());
    }

    @Name("cites")
    @Description("The claim this one repeats, or null.")
    public List<ClaimView> cites(@Source List<ClaimView> page) {
        return Batches.pick(page, ClaimView::citesId, claims.byIds(Batches.ids(page, ClaimView::citesId)));
    }

    @Name("citedBy")
    @Description("The claims that repeat this one, by key.")
    @MaxItems(MAX_CITING)
    public List<@NonNull List<@NonNull ClaimView>> citedBy(@Source List<ClaimView> page) {
        return Batches.group(page, ClaimView::id, claims.citing(Batches.ids(page, ClaimView::id)), ClaimView::citesId);
    }

    @Name("claims")
    @Description("The claims about this model, by key.")
    @MaxItems(MAX_CLAIMS_OF_MODEL)
    public List<@NonNull List<@NonNull ClaimView>> claimsOfModels(@Source List<ModelView> models) {
        return Batches.group(
                models, ModelView::id, memo.aboutModels(Batches.ids(models, ModelView::id)), ClaimView::modelId);
    }

    @Name("claimCount")
    @Description("How many claims are about this model (claims lists them, up to its maximum).")
    public List<@NonNull Integer> claimCounts(@Source List<ModelView> models) {
        return counts(models, memo.aboutModels(Batches.ids(models, ModelView::id)), claim -> true);
    }

    @Name("flaggedClaims")
    @Description("How many claims about this model carry at least one flag.")
    public List<@NonNull Integer> flaggedClaims(@Source List<ModelView> models) {
        List<ClaimView> about = memo.aboutModels(Batches.ids(models, ModelView::id));
        Map<Long, ClaimFindings> findings = memo.findings(Batches.ids(about, ClaimView::id));
        return counts(models, about, claim -> !findings.get(claim.id()).flags().isEmpty());
    }

    /** How many of the claims about each model pass the test, in the order of the models. */
    private static List<Integer> counts(List<ModelView> models, List<ClaimView> about, Predicate<ClaimView> counted) {
        Map<Long, Integer> counts = new HashMap<>();
        for (ClaimView claim : about) {
            if (counted.test(claim)) {
                counts.merge(claim.modelId(), 1, Integer::sum);
            }
        }
        return models.stream().map(model -> counts.getOrDefault(model.id(), 0)).toList();
    }

    @Name("claims")
    @Description("Every claim about the organization or its models, by key.")
    @MaxItems(MAX_CLAIMS_OF_ORGANIZATION)
    public List<@NonNull List<@NonNull ClaimView>> claimsOfOrganizations(@Source List<OrganizationView> organizations) {
        return Batches.group(
                organizations,
                OrganizationView::id,
                claims.ofOrganizations(Batches.ids(organizations, OrganizationView::id)),
                ClaimView::organizationId);
    }

    @Name("claims")
    @Description("The claims this source states, by key.")
    @MaxItems(MAX_CLAIMS_OF_SOURCE)
    public List<@NonNull List<@NonNull ClaimView>> claimsOfSources(@Source List<SourceView> sources) {
        return Batches.group(
                sources, SourceView::id, claims.fromSources(Batches.ids(sources, SourceView::id)), ClaimView::sourceId);
    }
}
