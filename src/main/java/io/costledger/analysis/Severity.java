package io.costledger.analysis;

/** ERROR: the number cannot stand for its model. WARNING: the framing misleads, the number may be used. */
public enum Severity {
    WARNING,
    ERROR
}
