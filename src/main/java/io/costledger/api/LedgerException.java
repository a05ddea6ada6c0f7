package io.costledger.api;

/**
 * A problem the caller can fix. Its message is meant for the caller and is shown as is; subclasses carry the
 * {@code extensions.code} clients branch on.
 */
public abstract class LedgerException extends RuntimeException {

    protected LedgerException(String message) {
        super(message);
    }
}
