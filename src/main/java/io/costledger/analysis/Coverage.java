package io.costledger.analysis;

/** What a claim says about one cost category. */
public enum Coverage {
    INCLUDED,
    EXCLUDED,
    UNSTATED
}
