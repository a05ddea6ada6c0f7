package io.costledger.claim;

import io.costledger.analysis.AssessedClaim;
import io.costledger.analysis.ClaimFacts;
import io.costledger.analysis.Coverage;
import io.costledger.analysis.Flag;
import io.costledger.api.Batches;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** Turns stored claims into the plain facts the analysis core works on. */
@ApplicationScoped
public class ClaimAnalysis {

    @Inject
    ClaimQueries claims;

    /** The facts of each claim, in input order (one query for their coverage). */
    public List<ClaimFacts> facts(List<ClaimView> views) {
        Map<Long, Map<String, Coverage>> coverage = claims.coverage(Batches.ids(views, ClaimView::id));
        return views.stream()
                .map(view -> facts(view, coverage.getOrDefault(view.id(), Map.of())))
                .toList();
    }

    /** Each claim's facts with its stored flags, in input order (two queries). */
    public List<AssessedClaim> assessed(List<ClaimView> views) {
        List<ClaimFacts> facts = facts(views);
        Map<Long, List<Flag>> flags = claims.flags(Batches.ids(views, ClaimView::id));
        return java.util.stream.IntStream.range(0, views.size())
                .mapToObj(i -> new AssessedClaim(
                        facts.get(i), flags.getOrDefault(views.get(i).id(), List.of())))
                .toList();
    }

    static ClaimFacts facts(ClaimView view, Map<String, Coverage> stated) {
        return new ClaimFacts(
                view.key(),
                view.modelKey(),
                view.sourceKind(),
                view.statedOn(),
                categories(stated, Coverage.INCLUDED),
                categories(stated, Coverage.EXCLUDED),
                view.presentedScopeCode(),
                view.amountLowUsd(),
                view.amountHighUsd(),
                view.gpuHours(),
                view.hardwareKey(),
                view.rateUsdPerGpuHour(),
                view.citesKey());
    }

    private static Set<String> categories(Map<String, Coverage> stated, Coverage coverage) {
        return stated.entrySet().stream()
                .filter(entry -> entry.getValue() == coverage)
                .map(Map.Entry::getKey)
                .collect(Collectors.toSet());
    }
}
