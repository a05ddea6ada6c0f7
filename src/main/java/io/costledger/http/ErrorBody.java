package io.costledger.http;

import io.costledger.error.LedgerException;
import java.util.LinkedHashMap;
import java.util.Map;

/** The one JSON shape of a REST error: {@code {code, message[, problems][, errorId]}}, nothing null. */
public final class ErrorBody {

    private ErrorBody() {}

    public static Map<String, Object> of(LedgerException failure) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("code", failure.code().name());
        body.put("message", failure.getMessage());
        body.putAll(failure.extensions());
        return body;
    }
}
