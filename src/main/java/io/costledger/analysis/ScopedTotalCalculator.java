package io.costledger.analysis;

import io.costledger.analysis.ScopedTotal.Contribution;
import io.costledger.analysis.ScopedTotal.Skip;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Adds up the claims about a model for a scope without counting any category twice: each part (the model, then its
 * base models) walks its claims in order of preference and takes a claim only if it fits the scope, is not flagged as
 * an error, can be priced, and covers nothing already taken.
 */
public final class ScopedTotalCalculator {

    /** Best first: source kind, more included categories, newer (undated last), key. */
    public static final Comparator<ClaimFacts> PREFERRED_FIRST = Comparator.comparing(ClaimFacts::sourceKind)
            .thenComparing(facts -> facts.included().size(), Comparator.reverseOrder())
            .thenComparing(ClaimFacts::date, Comparator.nullsLast(Comparator.reverseOrder()))
            .thenComparing(ClaimFacts::key);

    static final Comparator<AssessedClaim> PREFERENCE = Comparator.comparing(AssessedClaim::facts, PREFERRED_FIRST);

    private final Taxonomy taxonomy;
    private final RateBook rates;

    public ScopedTotalCalculator(Taxonomy taxonomy, RateBook rates) {
        this.taxonomy = taxonomy;
        this.rates = rates;
    }

    /**
     * @param parts the model first, then (for a total with lineage) its base model, that model's base, and so on
     */
    public ScopedTotal total(ScopeRequest request, List<TotalPart> parts) {
        Set<String> scope = Set.copyOf(taxonomy.scope(request.scope()));
        List<Contribution> contributions = new ArrayList<>();
        List<Skip> skipped = new ArrayList<>();
        for (TotalPart part : parts) {
            walk(part, scope, request, contributions, skipped);
        }
        Set<String> covered = new LinkedHashSet<>();
        contributions.forEach(contribution -> covered.addAll(contribution.categories()));
        List<String> missing = taxonomy.without(scope, covered);
        BigDecimal low =
                contributions.stream().map(Contribution::lowUsd).reduce(Money.cents(BigDecimal.ZERO), BigDecimal::add);
        BigDecimal high = contributions.stream().anyMatch(contribution -> contribution.highUsd() == null)
                ? null
                : contributions.stream()
                        .map(Contribution::highUsd)
                        .reduce(Money.cents(BigDecimal.ZERO), BigDecimal::add);
        return new ScopedTotal(
                parts.isEmpty() ? null : parts.get(0).model(),
                request.scope(),
                low,
                high,
                taxonomy.ordered(covered),
                missing,
                missing.isEmpty(),
                !missing.isEmpty() || high == null,
                List.copyOf(contributions),
                List.copyOf(skipped));
    }

    private void walk(
            TotalPart part,
            Set<String> scope,
            ScopeRequest request,
            List<Contribution> contributions,
            List<Skip> skipped) {
        List<Contribution> taken = new ArrayList<>();
        for (AssessedClaim claim : part.claims().stream().sorted(PREFERENCE).toList()) {
            ClaimFacts facts = claim.facts();
            if (facts.capitalExpense()) {
                skipped.add(new Skip(facts.key(), SkipReason.CAPITAL_EXPENSE, null));
                continue;
            }
            if (!scope.containsAll(facts.included())) {
                skipped.add(new Skip(facts.key(), SkipReason.OUTSIDE_SCOPE, null));
                continue;
            }
            if (claim.hasError() && !request.includeFlagged()) {
                skipped.add(new Skip(facts.key(), SkipReason.FLAGGED, null));
                continue;
            }
            Optional<Valuation> value = value(facts, request.rateKind());
            if (value.isEmpty()) {
                skipped.add(new Skip(facts.key(), SkipReason.UNPRICED, null));
                continue;
            }
            Optional<Contribution> overlap = firstOverlap(taken, facts);
            if (overlap.isPresent()) {
                skipped.add(
                        new Skip(facts.key(), SkipReason.OVERLAP, overlap.get().claim()));
                continue;
            }
            Valuation valuation = value.get();
            taken.add(new Contribution(
                    facts.key(),
                    part.model(),
                    taxonomy.ordered(facts.included()),
                    valuation.lowUsd(),
                    valuation.highUsd(),
                    valuation.derived(),
                    valuation.rate()));
        }
        contributions.addAll(taken);
    }

    private static Optional<Contribution> firstOverlap(List<Contribution> taken, ClaimFacts facts) {
        return taken.stream()
                .filter(contribution -> !Collections.disjoint(contribution.categories(), facts.included()))
                .findFirst();
    }

    /** The first of: the re-priced compute (with a rate kind), the stated range, the compute at its own or on-demand rate. */
    Optional<Valuation> value(ClaimFacts facts, RateKind rateKind) {
        return Valuation.of(facts, rateKind, rates);
    }
}
