package io.costledger.analysis;

import java.util.List;

/** A claim with the flags it carries. */
public record AssessedClaim(ClaimFacts facts, List<Flag> flags) {

    public AssessedClaim {
        flags = List.copyOf(flags);
    }

    public boolean hasError() {
        return flags.stream().anyMatch(flag -> flag.severity() == Severity.ERROR);
    }
}
