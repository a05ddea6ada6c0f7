package io.costledger.total;

import io.costledger.analysis.RateKind;
import io.costledger.analysis.Severity;
import io.costledger.claim.ClaimFindings;
import io.costledger.claim.ClaimMemo;
import io.costledger.claim.ClaimView;
import io.costledger.graphql.Batches;
import io.costledger.graphql.CostsPerModel;
import io.costledger.graphql.MaxItems;
import io.costledger.model.ModelQueries;
import io.costledger.model.ModelView;
import io.costledger.organization.OrganizationView;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;

/**
 * Training cost by release year or by organization: every model's scoped total, computed as {@code scopedTotal}
 * computes it (one batch, a constant number of statements whatever the number of models), then added up per group.
 */
@GraphQLApi
@ApplicationScoped
public class SummaryGraphQL {

    static final int MAX_GROUPS = 500;

    @Inject
    ModelQueries models;

    @Inject
    ScopedTotalService totals;

    @Inject
    ClaimMemo claims;

    @Query("summary")
    @Description("Every model's scoped total (arguments as in scopedTotal), added up per release year or per"
            + " organization: years in order with the undated models last, organizations by key.")
    @MaxItems(MAX_GROUPS)
    @CostsPerModel
    public @NonNull List<@NonNull SummaryGroupView> summary(
            @NonNull @Name("groupBy") SummaryGroupBy groupBy,
            @NonNull @Name("scope") String scope,
            @Name("rateKind") RateKind rateKind,
            @Name("includeLineage") Boolean includeLineage,
            @Name("includeFlagged") Boolean includeFlagged) {
        List<ModelView> all = models.all();
        List<ScopedTotalView> modelTotals =
                totals.totals(all, new TotalOptions(scope, includeLineage, includeFlagged, rateKind));
        List<ClaimView> about = claims.aboutModels(Batches.ids(all, ModelView::id));
        Map<Long, ClaimFindings> findings = claims.findings(Batches.ids(about, ClaimView::id));
        Map<Long, int[]> claimCounts = new HashMap<>();
        for (ClaimView claim : about) {
            int[] counts = claimCounts.computeIfAbsent(claim.modelId(), id -> new int[2]);
            counts[0]++;
            if (findings.get(claim.id()).flags().stream().anyMatch(flag -> flag.severity() == Severity.ERROR)) {
                counts[1]++;
            }
        }
        Map<Object, List<ScopedTotalView>> groups = new LinkedHashMap<>();
        for (ScopedTotalView total : modelTotals) {
            ModelView model = total.model();
            Object group = groupBy == SummaryGroupBy.YEAR
                    ? (model.releasedRuleDay() == null
                            ? Integer.MAX_VALUE
                            : model.releasedRuleDay().getYear())
                    : model.organization().key();
            groups.computeIfAbsent(group, key -> new ArrayList<>()).add(total);
        }
        List<Object> order = new ArrayList<>(groups.keySet());
        order.sort(Comparator.comparing(key -> (Comparable) key));
        List<SummaryGroupView> summary = new ArrayList<>(order.size());
        for (Object key : order) {
            List<ScopedTotalView> members = groups.get(key);
            summary.add(group(groupBy, key, members, claimCounts));
        }
        return summary;
    }

    private static SummaryGroupView group(
            SummaryGroupBy groupBy, Object key, List<ScopedTotalView> members, Map<Long, int[]> claimCounts) {
        int claimCount = 0;
        int errors = 0;
        for (ScopedTotalView total : members) {
            int[] counts = claimCounts.getOrDefault(total.model().id(), new int[2]);
            claimCount += counts[0];
            errors += counts[1];
        }
        BigDecimal sum =
                members.stream().map(ScopedTotalView::lowUsd).reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
        List<ScopedTotalView> priced = members.stream()
                .filter(total -> !total.contributions().isEmpty())
                .toList();
        ScopedTotalView largest = priced.stream()
                .max(Comparator.comparing(ScopedTotalView::lowUsd)
                        .thenComparing(total -> total.model().key(), Comparator.reverseOrder()))
                .orElse(null);
        OrganizationView organization =
                groupBy == SummaryGroupBy.ORGANIZATION ? members.get(0).model().organization() : null;
        Integer year = groupBy == SummaryGroupBy.YEAR && !Objects.equals(key, Integer.MAX_VALUE) ? (Integer) key : null;
        return new SummaryGroupView(
                year,
                organization,
                members.size(),
                claimCount,
                errors,
                sum,
                (int) members.stream().filter(ScopedTotalView::complete).count(),
                priced.size(),
                largest,
                median(priced.stream().map(ScopedTotalView::lowUsd).sorted().toList()));
    }

    /** The middle value, or the mean of the middle two rounded half-even to cents; null for none. */
    static BigDecimal median(List<BigDecimal> sorted) {
        if (sorted.isEmpty()) {
            return null;
        }
        int middle = sorted.size() / 2;
        if (sorted.size() % 2 == 1) {
            return sorted.get(middle);
        }
        return sorted.get(middle - 1).add(sorted.get(middle)).divide(BigDecimal.valueOf(2), 2, RoundingMode.HALF_EVEN);
    }
}
