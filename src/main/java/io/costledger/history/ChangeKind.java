package io.costledger.history;

/** What a load did to an item. */
public enum ChangeKind {
    CREATED,
    UPDATED,
    RETRACTED
}
