package io.costledger.analysis;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Stream;

/** Derives a claim's flags from the claim, the claim it cites and the taxonomy, in {@link FlagCode} order. */
public final class ClaimFlagger {

    /** Raise this whenever a rule or a message changes: stored flags are then recomputed at start-up. */
    public static final int RULES_VERSION = 1;

    private static final BigDecimal ARITHMETIC_TOLERANCE = new BigDecimal("0.01");
    private static final BigDecimal CITATION_TOLERANCE = new BigDecimal("0.10");

    private final Taxonomy taxonomy;

    public ClaimFlagger(Taxonomy taxonomy) {
        this.taxonomy = taxonomy;
    }

    /**
     * @param claim the claim to judge
     * @param cited the claim it cites, or null when it cites none
     */
    public List<Flag> flag(ClaimFacts claim, ClaimFacts cited) {
        return Stream.of(
                        unstatedExclusions(claim),
                        missingCategories(claim),
                        scopeDrift(claim, cited),
                        misattributedModel(claim, cited),
                        arithmeticMismatch(claim),
                        citationMismatch(claim, cited))
                .flatMap(Optional::stream)
                .toList();
    }

    private Optional<Flag> unstatedExclusions(ClaimFacts claim) {
        List<String> unstated = taxonomy.categories().stream()
                .filter(category -> claim.coverageOf(category) == Coverage.UNSTATED)
                .toList();
        return when(
                !unstated.isEmpty(),
                () -> Flag.of(
                        FlagCode.UNSTATED_EXCLUSIONS,
                        "Does not say whether it covers " + String.join(", ", unstated) + ".",
                        unstated));
    }

    private Optional<Flag> missingCategories(ClaimFacts claim) {
        if (claim.presentedScope() == null) {
            return Optional.empty();
        }
        List<String> missing = taxonomy.without(taxonomy.scope(claim.presentedScope()), claim.included());
        return when(
                !missing.isEmpty(),
                () -> Flag.of(
                        FlagCode.MISSING_CATEGORIES,
                        "Presented as " + claim.presentedScope() + " but does not include " + String.join(", ", missing)
                                + ".",
                        missing));
    }

    private Optional<Flag> scopeDrift(ClaimFacts claim, ClaimFacts cited) {
        if (cited == null || claim.presentedScope() == null || cited.presentedScope() == null) {
            return Optional.empty();
        }
        List<String> added =
                taxonomy.without(taxonomy.scope(claim.presentedScope()), taxonomy.scope(cited.presentedScope()));
        return when(
                !added.isEmpty(),
                () -> Flag.of(
                        FlagCode.SCOPE_DRIFT,
                        "Presented as " + claim.presentedScope() + " while the cited claim " + cited.key()
                                + " is presented as " + cited.presentedScope() + ": adds " + String.join(", ", added)
                                + ".",
                        added));
    }

    private static Optional<Flag> misattributedModel(ClaimFacts claim, ClaimFacts cited) {
        boolean differs = cited != null
                && claim.model() != null
                && cited.model() != null
                && !claim.model().equals(cited.model());
        return when(
                differs,
                () -> Flag.of(
                        FlagCode.MISATTRIBUTED_MODEL,
                        "About model " + claim.model() + " but cites claim " + cited.key() + ", which is about model "
                                + cited.model() + "."));
    }

    private static Optional<Flag> arithmeticMismatch(ClaimFacts claim) {
        if (claim.gpuHours() == null || claim.rateUsdPerGpuHour() == null || !claim.statesAmount()) {
            return Optional.empty();
        }
        BigDecimal product = claim.gpuHours().multiply(claim.rateUsdPerGpuHour());
        BigDecimal low = Objects.requireNonNullElse(claim.amountLowUsd(), BigDecimal.ZERO);
        BigDecimal floor = low.multiply(BigDecimal.ONE.subtract(ARITHMETIC_TOLERANCE));
        BigDecimal high = claim.amountHighUsd();
        BigDecimal ceiling = high == null ? null : high.multiply(BigDecimal.ONE.add(ARITHMETIC_TOLERANCE));
        boolean outside = product.compareTo(floor) < 0 || (ceiling != null && product.compareTo(ceiling) > 0);
        return when(
                outside,
                () -> Flag.of(
                        FlagCode.ARITHMETIC_MISMATCH,
                        Money.plain(claim.gpuHours()) + " GPU-hours x USD " + Money.plain(claim.rateUsdPerGpuHour())
                                + " = USD " + Money.plain(product) + ", outside the stated amount allowing 1%: USD "
                                + Money.plain(floor) + " to " + (ceiling == null ? "unbounded" : Money.plain(ceiling))
                                + "."));
    }

    private static Optional<Flag> citationMismatch(ClaimFacts claim, ClaimFacts cited) {
        if (cited == null) {
            return Optional.empty();
        }
        List<String> differences = new ArrayList<>();
        compare("gpuHours", ClaimFacts::gpuHours, claim, cited, differences);
        compare("rateUsdPerGpuHour", ClaimFacts::rateUsdPerGpuHour, claim, cited, differences);
        compare("amountLowUsd", ClaimFacts::amountLowUsd, claim, cited, differences);
        compare("amountHighUsd", ClaimFacts::amountHighUsd, claim, cited, differences);
        return when(
                !differences.isEmpty(),
                () -> Flag.of(
                        FlagCode.CITATION_MISMATCH,
                        "Differs by more than 10% from the cited claim " + cited.key() + ": "
                                + String.join("; ", differences) + "."));
    }

    private static void compare(
            String field,
            Function<ClaimFacts, BigDecimal> value,
            ClaimFacts claim,
            ClaimFacts cited,
            List<String> differences) {
        BigDecimal a = value.apply(claim);
        BigDecimal b = value.apply(cited);
        if (a == null || b == null) {
            return;
        }
        BigDecimal largest = a.abs().max(b.abs());
        if (a.subtract(b).abs().compareTo(largest.multiply(CITATION_TOLERANCE)) > 0) {
            differences.add(field + " " + Money.plain(a) + " vs " + Money.plain(b));
        }
    }

    private static Optional<Flag> when(boolean raised, java.util.function.Supplier<Flag> flag) {
        return raised ? Optional.of(flag.get()) : Optional.empty();
    }
}
