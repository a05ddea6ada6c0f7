package io.costledger.analysis;

import java.util.List;

/** One derived finding about a claim. {@code categories} is empty where the flag names none. */
public record Flag(FlagCode code, Severity severity, String message, List<String> categories) {

    public Flag {
        categories = List.copyOf(categories);
    }

    static Flag of(FlagCode code, String message, List<String> categories) {
        return new Flag(code, code.severity(), message, categories);
    }

    static Flag of(FlagCode code, String message) {
        return of(code, message, List.of());
    }
}
