package io.costledger.analysis;

import static io.costledger.analysis.Fixtures.FINAL;
import static io.costledger.analysis.Fixtures.OTHER;
import static io.costledger.analysis.Fixtures.RESEARCH;
import static io.costledger.analysis.Fixtures.claim;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The claims of the worked example in SEMANTICS.md, with the H800 rates it prices them at. */
final class WorkedExample {

    static final String V3 = "deepseek-v3";
    static final String R1 = "deepseek-r1";
    static final String V3_REPORT = "deepseek-v3-report";

    static final ClaimFacts V3_TOTAL = claim("deepseek-v3-total")
            .model(V3)
            .source(V3_REPORT)
            .date("2024-12-27")
            .includes(FINAL, OTHER)
            .excludes(RESEARCH)
            .presentedAs("TRAINING")
            .amount("5576000")
            .compute("2788000", "h800", "2.00")
            .facts();
    static final ClaimFacts V3_PRETRAINING = claim("deepseek-v3-pretraining")
            .model(V3)
            .source(V3_REPORT)
            .date("2024-12-27")
            .includes(FINAL)
            .presentedAs("FINAL_RUN")
            .amount("5328000")
            .compute("2664000", "h800", "2.00")
            .facts();
    static final ClaimFacts V3_CONTEXT_EXTENSION = claim("deepseek-v3-context-extension")
            .model(V3)
            .source(V3_REPORT)
            .date("2024-12-27")
            .includes(OTHER)
            .amount("238000")
            .compute("119000", "h800", "2.00")
            .facts();
    static final ClaimFacts V3_POST_TRAINING = claim("deepseek-v3-post-training")
            .model(V3)
            .source(V3_REPORT)
            .date("2024-12-27")
            .includes(OTHER)
            .amount("10000")
            .compute("5000", "h800", "2.00")
            .facts();
    static final ClaimFacts R1_RL = claim("deepseek-r1-rl")
            .model(R1)
            .source("deepseek-r1-nature-supplement")
            .date("2025-09-17")
            .includes(OTHER)
            .presentedAs("TRAINING")
            .amount("294000")
            .compute("147000", "h800", "2.00")
            .facts();
    static final ClaimFacts R1_COMMENTARY = claim("varshney-r1-built-for")
            .model(R1)
            .kind(SourceKind.PRESS)
            .date(null)
            .includes(FINAL, OTHER)
            .presentedAs("ALL_IN")
            .amount("5600000")
            .cites(V3_TOTAL.key())
            .facts();

    static final List<ClaimFacts> ALL =
            List.of(V3_TOTAL, V3_PRETRAINING, V3_CONTEXT_EXTENSION, V3_POST_TRAINING, R1_RL, R1_COMMENTARY);

    static final RateBook RATES = new RateBook(List.of(
            new HourlyRate("h800", RateKind.NOTIONAL, Fixtures.usd("2.00"), LocalDate.parse("2024-12-27"), "DeepSeek"),
            new HourlyRate("h800", RateKind.ON_DEMAND, Fixtures.usd("3.42"), LocalDate.parse("2024-08-01"), "CR8DL")));

    private WorkedExample() {}

    /** Every claim of the example about {@code model}, with the flags the flagger gives it. */
    static List<AssessedClaim> claimsAbout(String model) {
        Map<String, ClaimFacts> byKey = ALL.stream().collect(Collectors.toMap(ClaimFacts::key, Function.identity()));
        ClaimFlagger flagger = new ClaimFlagger(Fixtures.TAXONOMY);
        return ALL.stream()
                .filter(claim -> claim.model().equals(model))
                .map(claim -> new AssessedClaim(claim, flagger.flag(claim, byKey.get(claim.cites()))))
                .toList();
    }
}
