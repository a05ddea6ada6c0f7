package io.costledger.analysis;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Where the sources disagree (SEMANTICS.md part 2, "Comparisons"): a model's claims grouped by their exact set of
 * included categories, each group with the spread of its claims' values. Capital expenses (part 3) are compared only
 * with each other: they form groups of their own, each right after the ordinary group of the same categories.
 */
public final class Comparisons {

    /**
     * One group: its categories in position order, its claims in the preference order of scoped totals, each with its
     * value as the group compares it.
     *
     * @param maxUsd the greatest high, null when any high is unbounded
     * @param ratio maxUsd / minUsd rounded half-even to 2 decimals, null when minUsd is 0 or maxUsd is null
     * @param capitalExpense a group of capital-expense claims
     */
    public record Comparison(
            List<String> categories,
            List<Member> members,
            BigDecimal minUsd,
            BigDecimal maxUsd,
            BigDecimal ratio,
            boolean capitalExpense) {

        /** The claims' keys, in order. */
        public List<String> claims() {
            return members.stream().map(Member::claim).toList();
        }

        /** The claims' values, in the order of {@link #claims()}. */
        public List<Valuation> values() {
            return members.stream().map(Member::value).toList();
        }
    }

    /** A claim of a group, by key, with its value. */
    public record Member(String claim, Valuation value) {}

    private final Taxonomy taxonomy;
    private final RateBook rates;

    public Comparisons(Taxonomy taxonomy, RateBook rates) {
        this.taxonomy = taxonomy;
        this.rates = rates;
    }

    /**
     * The groups of one model's claims (not its base models', not organization-wide claims), ordered by their sorted
     * category positions, element by element, a list before any longer list it begins. Claims without a value are
     * left out, and claims with an ERROR flag unless {@code includeFlagged}; with {@code rateKind}, a claim with
     * GPU-hours and hardware is valued at that kind of rate, its stated amount ignored.
     */
    public List<Comparison> of(List<AssessedClaim> claims, RateKind rateKind, boolean includeFlagged) {
        Map<Group, List<Member>> groups = new LinkedHashMap<>();
        claims.stream()
                .filter(claim -> includeFlagged || !claim.hasError())
                .map(AssessedClaim::facts)
                .sorted(ScopedTotalCalculator.PREFERRED_FIRST)
                .forEach(facts -> {
                    Optional<Valuation> value = Valuation.of(facts, rateKind, rates);
                    value.ifPresent(valuation -> groups.computeIfAbsent(
                                    new Group(facts.included(), facts.capitalExpense()), group -> new ArrayList<>())
                            .add(new Member(facts.key(), valuation)));
                });
        List<Comparison> comparisons = new ArrayList<>(groups.size());
        groups.forEach((group, members) ->
                comparisons.add(comparison(taxonomy.ordered(group.categories()), members, group.capitalExpense())));
        comparisons.sort(Comparator.comparing(Comparison::categories, this::byPositions)
                .thenComparing(Comparison::capitalExpense));
        return comparisons;
    }

    /** What a group's claims share. */
    private record Group(Set<String> categories, boolean capitalExpense) {}

    private static Comparison comparison(List<String> categories, List<Member> members, boolean capitalExpense) {
        BigDecimal min = members.stream()
                .map(member -> member.value().lowUsd())
                .min(Comparator.naturalOrder())
                .orElseThrow();
        boolean unbounded = members.stream().anyMatch(member -> member.value().highUsd() == null);
        BigDecimal max = unbounded
                ? null
                : members.stream()
                        .map(member -> member.value().highUsd())
                        .max(Comparator.naturalOrder())
                        .orElseThrow();
        BigDecimal ratio = max == null || min.signum() == 0 ? null : max.divide(min, 2, RoundingMode.HALF_EVEN);
        return new Comparison(categories, List.copyOf(members), min, max, ratio, capitalExpense);
    }

    /** Element by element by position; a list before any longer list it begins. */
    private int byPositions(List<String> a, List<String> b) {
        for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
            int order = Integer.compare(taxonomy.positionOf(a.get(i)), taxonomy.positionOf(b.get(i)));
            if (order != 0) {
                return order;
            }
        }
        return Integer.compare(a.size(), b.size());
    }
}
