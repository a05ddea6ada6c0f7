package io.costledger.error;

import java.util.Map;

/**
 * A failure meant for the caller: its message is shown as is, its code tells clients what happened. Carries no stack
 * trace, since it is an answer, not a bug.
 */
public class LedgerException extends RuntimeException {

    private final ErrorCode code;
    private final transient Map<String, Object> extensions;

    public LedgerException(ErrorCode code, String message) {
        this(code, message, Map.of());
    }

    /** @param extensions further facts for the client, beside the code (for example a bundle's problems) */
    public LedgerException(ErrorCode code, String message, Map<String, Object> extensions) {
        super(message, null, false, false);
        this.code = code;
        this.extensions = Map.copyOf(extensions);
    }

    public ErrorCode code() {
        return code;
    }

    public Map<String, Object> extensions() {
        return extensions;
    }

    public static LedgerException invalidArgument(String message) {
        return new LedgerException(ErrorCode.INVALID_ARGUMENT, message);
    }
}
