package io.costledger.claim;

import io.costledger.analysis.AssessedClaim;
import io.costledger.analysis.ClaimFacts;
import io.costledger.analysis.Flag;
import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;

/** Turns stored claims into the plain facts the analysis core works on; no statement of its own. */
public final class ClaimAnalysis {

    private ClaimAnalysis() {}

    /** The claim's facts, its stated coverage included, without an amortized value. */
    public static ClaimFacts facts(ClaimView view) {
        return facts(view, null);
    }

    /** The claim's facts with its amortized value (null: none, or not asked for). */
    public static ClaimFacts facts(ClaimView view, BigDecimal amortizedUsd) {
        return new ClaimFacts(
                view.key(),
                view.modelKey(),
                view.source().key(),
                view.sourceKind(),
                view.ruleDay(),
                new HashSet<>(view.included()),
                new HashSet<>(view.excluded()),
                view.presentedScopeCode(),
                view.amountLowUsd(),
                view.amountHighUsd(),
                view.gpuHoursDerived() ? null : view.gpuHours(),
                view.hardwareKey(),
                view.rateUsdPerGpuHour(),
                view.citesKey(),
                new ClaimFacts.ComputeFacts(
                        view.chipCount(),
                        view.durationHours(),
                        view.trainingComputeFlop(),
                        view.hardware() == null ? null : view.hardware().peakFlopsPerSecond()),
                view.capitalExpense(),
                amortizedUsd);
    }

    /** The claim's facts with the flags stored for it. */
    public static AssessedClaim assessed(ClaimView view, ClaimFindings findings) {
        return assessed(view, findings, null);
    }

    /** The claim's facts, with its amortized value (null: none), and the flags stored for it. */
    public static AssessedClaim assessed(ClaimView view, ClaimFindings findings, BigDecimal amortizedUsd) {
        return new AssessedClaim(facts(view, amortizedUsd), flags(findings));
    }

    /** The flags stored for the claim, as the analysis core sees them. */
    public static List<Flag> flags(ClaimFindings findings) {
        return findings.flags().stream().map(FlagView::toFlag).toList();
    }
}
