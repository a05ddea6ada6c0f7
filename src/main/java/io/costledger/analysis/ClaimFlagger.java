package io.costledger.analysis;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Derives a claim's flags, in {@link FlagCode} order: from the claim, the claim it cites, the taxonomy and its
 * hardware's peak ({@link #flag}); and, for a whole set of claims, from the claims each is compared with
 * ({@link #flagAll}, which adds CONFLICTING_ESTIMATES).
 */
public final class ClaimFlagger {

    /** Raise this whenever a rule or a message changes: stored flags are then recomputed at start-up. */
    public static final int RULES_VERSION = 3;

    private static final BigDecimal ARITHMETIC_TOLERANCE = new BigDecimal("0.01");
    private static final BigDecimal CITATION_TOLERANCE = new BigDecimal("0.10");
    private static final BigDecimal CHIP_HOURS_FLOOR = new BigDecimal("0.9");
    private static final BigDecimal CHIP_HOURS_CEILING = new BigDecimal("1.1");

    private final Taxonomy taxonomy;
    private final RateBook rates;

    /** A flagger for the rules of one claim alone ({@link #flag}); conflicts need the rates. */
    public ClaimFlagger(Taxonomy taxonomy) {
        this(taxonomy, new RateBook(List.of()));
    }

    /** @param rates the rates that value claims stating GPU-hours only, for CONFLICTING_ESTIMATES */
    public ClaimFlagger(Taxonomy taxonomy, RateBook rates) {
        this.taxonomy = taxonomy;
        this.rates = rates;
    }

    /**
     * The flags of every claim of {@code claims}, CONFLICTING_ESTIMATES included, by key. Conflicts are found among
     * {@code claims} only: with a claim about a model, give every current claim about that model.
     *
     * @param ledger finds a claim by key: at least every claim that one of {@code claims} cites, directly or through
     *     a chain of citations (null for a key it does not know)
     */
    public Map<String, List<Flag>> flagAll(Collection<ClaimFacts> claims, Function<String, ClaimFacts> ledger) {
        Map<String, List<Flag>> flags = new LinkedHashMap<>();
        for (ClaimFacts claim : claims) {
            flags.put(claim.key(), flag(claim, claim.cites() == null ? null : ledger.apply(claim.cites())));
        }
        List<ClaimFacts> compared = claims.stream()
                .filter(claim -> flags.get(claim.key()).stream().noneMatch(flag -> flag.severity() == Severity.ERROR))
                .toList();
        new Conflicts(rates, ledger).among(compared).forEach((key, conflicts) -> {
            List<Flag> with = new ArrayList<>(flags.get(key));
            with.add(Flag.of(FlagCode.CONFLICTING_ESTIMATES, conflictMessage(conflicts)));
            flags.put(key, List.copyOf(with));
        });
        return flags;
    }

    /** The claims named in a conflict's message; past them, {@code and N more} (SEMANTICS.md part 2). */
    static final int NAMED_CONFLICTS = 10;

    /**
     * The conflicting claims, in preference order, each {@code <key> (x<factor>)}: the first
     * {@value #NAMED_CONFLICTS}, then how many more, so that the message never grows with the group.
     */
    static String conflictMessage(List<Conflicts.Found> conflicts) {
        String named = conflicts.stream()
                .limit(NAMED_CONFLICTS)
                .map(Conflicts.Found::text)
                .collect(Collectors.joining(", "));
        int more = conflicts.size() - NAMED_CONFLICTS;
        return "Lies more than a factor 2 from " + named + (more > 0 ? " and " + more + " more" : "") + ".";
    }

    /**
     * The flags of one claim alone: every rule but CONFLICTING_ESTIMATES.
     *
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
                        citationMismatch(claim, cited),
                        implausibleCompute(claim))
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
        List<String> mismatches = new ArrayList<>(2);
        amountMismatch(claim).ifPresent(mismatches::add);
        chipHoursMismatch(claim).ifPresent(mismatches::add);
        return when(!mismatches.isEmpty(), () -> Flag.of(FlagCode.ARITHMETIC_MISMATCH, String.join(" ", mismatches)));
    }

    /** GPU-hours (stated or derived) x the claim's own rate outside its stated amount, allowing 1%. */
    private static Optional<String> amountMismatch(ClaimFacts claim) {
        BigDecimal gpuHours = claim.gpuHours();
        if (gpuHours == null || claim.rateUsdPerGpuHour() == null || !claim.statesAmount()) {
            return Optional.empty();
        }
        BigDecimal product = gpuHours.multiply(claim.rateUsdPerGpuHour());
        BigDecimal low = Objects.requireNonNullElse(claim.amountLowUsd(), BigDecimal.ZERO);
        BigDecimal floor = low.multiply(BigDecimal.ONE.subtract(ARITHMETIC_TOLERANCE));
        BigDecimal high = claim.amountHighUsd();
        BigDecimal ceiling = high == null ? null : high.multiply(BigDecimal.ONE.add(ARITHMETIC_TOLERANCE));
        boolean outside = product.compareTo(floor) < 0 || (ceiling != null && product.compareTo(ceiling) > 0);
        return outside
                ? Optional.of(Money.plain(gpuHours) + " GPU-hours x USD " + Money.plain(claim.rateUsdPerGpuHour())
                        + " = USD " + Money.plain(product) + ", outside the stated amount allowing 1%: USD "
                        + Money.plain(floor) + " to " + (ceiling == null ? "unbounded" : Money.plain(ceiling)) + ".")
                : Optional.empty();
    }

    /** Stated chips x hours outside [stated GPU-hours x 0.9, x 1.1]. */
    private static Optional<String> chipHoursMismatch(ClaimFacts claim) {
        Integer chips = claim.compute().chipCount();
        BigDecimal hours = claim.compute().durationHours();
        if (!Compute.chipHoursDisagree(claim.statedGpuHours(), chips, hours)) {
            return Optional.empty();
        }
        BigDecimal stated = claim.statedGpuHours();
        return Optional.of("chipCount x durationHours = " + chips + " x " + Money.plain(hours) + " = "
                + Money.plain(hours.multiply(BigDecimal.valueOf(chips))) + " GPU-hours, outside the stated "
                + Money.plain(stated) + " GPU-hours allowing 10%: " + Money.plain(stated.multiply(CHIP_HOURS_FLOOR))
                + " to " + Money.plain(stated.multiply(CHIP_HOURS_CEILING)) + ".");
    }

    private static Optional<Flag> implausibleCompute(ClaimFacts claim) {
        BigDecimal utilization = claim.impliedUtilization();
        return when(
                Compute.implausible(utilization),
                () -> Flag.of(
                        FlagCode.IMPLAUSIBLE_COMPUTE,
                        "Implies a utilization of " + utilization.toPlainString() + ": "
                                + scientific(claim.compute().trainingComputeFlop()) + " FLOP in "
                                + Money.plain(claim.gpuHours()) + " GPU-hours at a peak of "
                                + scientific(claim.compute().peakFlopsPerSecond())
                                + " FLOP/s per chip is more than the hardware can do."));
    }

    private static String scientific(BigDecimal value) {
        return value.stripTrailingZeros().toString();
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
