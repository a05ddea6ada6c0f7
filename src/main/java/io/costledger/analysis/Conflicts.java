package io.costledger.analysis;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Which claims lie more than a factor 2 apart (SEMANTICS.md part 2, "Which claims are compared" and "Conflict").
 * Claims are compared when both are about the same model, include exactly the same categories, have a value, come
 * from different sources and are not linked by citations: neither cites the other, and they cite no claim in common,
 * directly or through a chain. The caller leaves out claims with an ERROR flag.
 */
final class Conflicts {

    /** A claim another one conflicts with, and the factor between them (null when no ratio is defined). */
    record Found(String claim, BigDecimal factor) {

        /** {@code <key> (x<factor>)}, as the flag's message names it. */
        String text() {
            return claim + (factor == null ? " (no finite factor)" : " (x" + factor.toPlainString() + ")");
        }
    }

    private final RateBook rates;
    private final Function<String, ClaimFacts> ledger;
    private final Map<String, Set<String>> chains = new HashMap<>();

    /**
     * @param rates value claims that state GPU-hours only
     * @param ledger finds a cited claim by key (null when unknown)
     */
    Conflicts(RateBook rates, Function<String, ClaimFacts> ledger) {
        this.rates = rates;
        this.ledger = ledger;
    }

    /** For each claim of {@code claims} that conflicts with others of them: those others, best first. */
    Map<String, List<Found>> among(Collection<ClaimFacts> claims) {
        Map<List<Object>, List<Valued>> groups = new LinkedHashMap<>();
        claims.stream()
                .filter(claim -> claim.model() != null)
                .sorted(ScopedTotalCalculator.PREFERRED_FIRST)
                .forEach(claim -> Valuation.of(claim, null, rates)
                        .ifPresent(value -> groups.computeIfAbsent(
                                        List.of(claim.model(), claim.included(), claim.capitalExpense()),
                                        group -> new ArrayList<>())
                                .add(new Valued(claim, value.range()))));
        Map<String, List<Found>> found = new LinkedHashMap<>();
        for (List<Valued> group : groups.values()) {
            for (int i = 0; i < group.size(); i++) {
                for (int j = i + 1; j < group.size(); j++) {
                    compare(group.get(i), group.get(j), found);
                }
            }
        }
        return found;
    }

    private record Valued(ClaimFacts claim, ValueRange range) {}

    private void compare(Valued a, Valued b, Map<String, List<Found>> found) {
        if (a.claim().source().equals(b.claim().source()) || linked(a.claim(), b.claim())) {
            return;
        }
        Optional<ValueRange.Conflict> conflict = a.range().conflictWith(b.range());
        conflict.ifPresent(c -> {
            found.computeIfAbsent(a.claim().key(), key -> new ArrayList<>())
                    .add(new Found(b.claim().key(), c.factor()));
            found.computeIfAbsent(b.claim().key(), key -> new ArrayList<>())
                    .add(new Found(a.claim().key(), c.factor()));
        });
    }

    /** Whether one cites the other, or both cite a claim in common, directly or through a chain. */
    private boolean linked(ClaimFacts a, ClaimFacts b) {
        Set<String> aCites = chain(a);
        Set<String> bCites = chain(b);
        return aCites.contains(b.key()) || bCites.contains(a.key()) || !Collections.disjoint(aCites, bCites);
    }

    /** Every claim the claim cites, directly or through a chain (a cycle ends it). */
    private Set<String> chain(ClaimFacts claim) {
        return chains.computeIfAbsent(claim.key(), key -> {
            Set<String> cited = new LinkedHashSet<>();
            String next = claim.cites();
            while (next != null && !next.equals(key) && cited.add(next)) {
                ClaimFacts found = ledger.apply(next);
                next = found == null ? null : found.cites();
            }
            return cited;
        });
    }
}
