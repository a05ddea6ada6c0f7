package io.costledger.claim;

import io.costledger.analysis.AssessedClaim;
import io.costledger.analysis.ClaimFacts;
import io.costledger.analysis.Coverage;
import io.costledger.analysis.Flag;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** Turns stored claims into the plain facts the analysis core works on; no statement of its own. */
public final class ClaimAnalysis {

    private ClaimAnalysis() {}

    /** The claim's facts, its stated coverage included. */
    public static ClaimFacts facts(ClaimView view) {
        Map<String, Coverage> stated = StoredClaimFindings.coverage(view.storedCoverage());
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

    /** The claim's facts with the flags stored for it. */
    public static AssessedClaim assessed(ClaimView view) {
        return new AssessedClaim(facts(view), flags(view));
    }

    /** The flags stored for the claim. */
    public static List<Flag> flags(ClaimView view) {
        return view.flags().stream()
                .map(flag -> new Flag(flag.code(), flag.severity(), flag.message(), flag.categories()))
                .toList();
    }

    /** Every stated category of the claim: code to INCLUDED or EXCLUDED. */
    public static Map<String, Coverage> coverage(ClaimView view) {
        return StoredClaimFindings.coverage(view.storedCoverage());
    }

    private static Set<String> categories(Map<String, Coverage> stated, Coverage coverage) {
        return stated.entrySet().stream()
                .filter(entry -> entry.getValue() == coverage)
                .map(Map.Entry::getKey)
                .collect(Collectors.toSet());
    }
}
