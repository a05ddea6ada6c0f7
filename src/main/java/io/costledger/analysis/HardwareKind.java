package io.costledger.analysis;

/** What a chip is, for the amortized method's average power draw (SEMANTICS.md part 3). */
public enum HardwareKind {
    GPU,
    TPU
}
