package io.costledger.analysis;

/** What a hardware price row prices. */
public enum PriceBasis {
    /** A complete server's price divided by its chips. */
    SERVER_SHARE,
    /** The chip alone. */
    CHIP
}
