package io.costledger.analysis;

/** The flags a claim can carry, in the order a claim lists them. */
public enum FlagCode {
    UNSTATED_EXCLUSIONS(Severity.WARNING),
    MISSING_CATEGORIES(Severity.WARNING),
    SCOPE_DRIFT(Severity.WARNING),
    MISATTRIBUTED_MODEL(Severity.ERROR),
    ARITHMETIC_MISMATCH(Severity.ERROR),
    CITATION_MISMATCH(Severity.ERROR),
    IMPLAUSIBLE_COMPUTE(Severity.ERROR),
    CONFLICTING_ESTIMATES(Severity.WARNING);

    private final Severity severity;

    FlagCode(Severity severity) {
        this.severity = severity;
    }

    public Severity severity() {
        return severity;
    }
}
