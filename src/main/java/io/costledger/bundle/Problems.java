package io.costledger.bundle;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Collects the problems of one bundle, so that the caller hears of all of them at once. */
final class Problems {

    private final List<Problem> found = new ArrayList<>();
    private final Set<String> malformed = new HashSet<>();

    Problems() {}

    /** Starts with problems found before: values of the wrong type in the bundle's JSON, left out of the bundle. */
    Problems(ParsedBundle parsed) {
        found.addAll(parsed.problems());
        malformed.addAll(parsed.malformed());
    }

    /** Notes that the value of {@code path.field} did not fit and was left out. */
    void malformed(String path, String key, String field, String message) {
        add(path, key, message);
        malformed.add(path + "." + field);
    }

    /** Whether {@code path.field} had a value that did not fit: then its absence is not a further problem. */
    boolean wasMalformed(String path, String field) {
        return malformed.contains(path + "." + field);
    }

    Set<String> malformedFields() {
        return Set.copyOf(malformed);
    }

    List<Problem> list() {
        return List.copyOf(found);
    }

    void add(String path, String key, String message) {
        found.add(new Problem(path, key, message));
    }

    boolean isEmpty() {
        return found.isEmpty();
    }

    void throwIfAny() {
        if (!found.isEmpty()) {
            throw new InvalidBundleException(found);
        }
    }
}
