package io.costledger.history;

/** The kinds of item a bundle holds and history records. */
public enum ItemKind {
    ORGANIZATION,
    MODEL,
    HARDWARE,
    SOURCE,
    HARDWARE_RATE,
    CLAIM,
    HARDWARE_PRICE,
    ELECTRICITY_PRICE
}
