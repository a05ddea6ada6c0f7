package io.costledger.analysis;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The taxonomy of SEMANTICS.md and a builder for claims, shared by the analysis tests. */
final class Fixtures {

    static final String FINAL = "FINAL_TRAINING_RUN";
    static final String OTHER = "OTHER_TRAINING";
    static final String RESEARCH = "RESEARCH_AND_EXPERIMENTS";
    static final String DATA = "DATA";
    static final String INFRA = "INFRASTRUCTURE";
    static final String PERSONNEL = "PERSONNEL";
    static final String OVERHEAD = "OVERHEAD";

    static final Taxonomy TAXONOMY = taxonomy();

    private Fixtures() {}

    private static Taxonomy taxonomy() {
        Map<String, List<String>> scopes = new LinkedHashMap<>();
        scopes.put("FINAL_RUN", List.of(FINAL));
        scopes.put("TRAINING", List.of(FINAL, OTHER));
        scopes.put("DEVELOPMENT_COMPUTE", List.of(FINAL, OTHER, RESEARCH));
        scopes.put("DEVELOPMENT", List.of(FINAL, OTHER, RESEARCH, DATA, PERSONNEL));
        scopes.put("ALL_IN", List.of(FINAL, OTHER, RESEARCH, DATA, INFRA, PERSONNEL, OVERHEAD));
        return new Taxonomy(List.of(FINAL, OTHER, RESEARCH, DATA, INFRA, PERSONNEL, OVERHEAD), scopes);
    }

    static BigDecimal usd(String value) {
        return new BigDecimal(value);
    }

    static Claim claim(String key) {
        return new Claim(key);
    }

    /** A mutable builder: each test says only what matters to it. */
    static final class Claim {
        private final String key;
        private String model = "m";
        private SourceKind kind = SourceKind.PRIMARY_DISCLOSURE;
        private LocalDate date = LocalDate.parse("2024-01-01");
        private Set<String> included = Set.of(FINAL);
        private Set<String> excluded = Set.of();
        private String presented;
        private BigDecimal low;
        private BigDecimal high;
        private BigDecimal gpuHours;
        private String hardware;
        private BigDecimal rate;
        private String cites;
        private boolean capitalExpense;
        private BigDecimal amortizedUsd;
        private String source;
        private Integer chips;
        private BigDecimal hours;
        private BigDecimal flop;
        private BigDecimal peak;

        private Claim(String key) {
            this.key = key;
            this.source = "source-of-" + key;
        }

        /** Every claim has a source of its own unless given one. */
        Claim source(String source) {
            this.source = source;
            return this;
        }

        /** GPU-hours stated (null for none) on the hardware, without a rate of the claim's own. */
        Claim gpuHours(String hours, String hardware) {
            this.gpuHours = hours == null ? null : usd(hours);
            this.hardware = hardware;
            return this;
        }

        Claim chips(Integer count, String hours) {
            this.chips = count;
            this.hours = hours == null ? null : usd(hours);
            return this;
        }

        Claim flop(String flop, String peakFlopsPerSecond) {
            this.flop = flop == null ? null : usd(flop);
            this.peak = peakFlopsPerSecond == null ? null : usd(peakFlopsPerSecond);
            return this;
        }

        Claim model(String model) {
            this.model = model;
            return this;
        }

        Claim kind(SourceKind kind) {
            this.kind = kind;
            return this;
        }

        Claim date(String date) {
            this.date = date == null ? null : LocalDate.parse(date);
            return this;
        }

        Claim includes(String... categories) {
            this.included = Set.of(categories);
            return this;
        }

        Claim excludes(String... categories) {
            this.excluded = Set.of(categories);
            return this;
        }

        Claim presentedAs(String scope) {
            this.presented = scope;
            return this;
        }

        Claim amount(String usd) {
            return range(usd, usd);
        }

        Claim range(String lowUsd, String highUsd) {
            this.low = lowUsd == null ? null : usd(lowUsd);
            this.high = highUsd == null ? null : usd(highUsd);
            return this;
        }

        Claim compute(String hours, String hardware, String rate) {
            this.gpuHours = hours == null ? null : usd(hours);
            this.hardware = hardware;
            this.rate = rate == null ? null : usd(rate);
            return this;
        }

        Claim cites(String key) {
            this.cites = key;
            return this;
        }

        /** A purchase of hardware or a facility (SEMANTICS.md part 3). */
        Claim capitalExpense() {
            this.capitalExpense = true;
            return this;
        }

        /** The claim's amortized value, as ClaimAmortization would give it. */
        Claim amortized(String usd) {
            this.amortizedUsd = new BigDecimal(usd);
            return this;
        }

        ClaimFacts facts() {
            return new ClaimFacts(
                    key,
                    model,
                    source,
                    kind,
                    date,
                    included,
                    excluded,
                    presented,
                    low,
                    high,
                    gpuHours,
                    hardware,
                    rate,
                    cites,
                    new ClaimFacts.ComputeFacts(chips, hours, flop, peak),
                    capitalExpense,
                    amortizedUsd);
        }
    }
}
