package io.costledger.bundle;

import java.util.ArrayList;
import java.util.List;

/** Collects the problems of one bundle, so that the caller hears of all of them at once. */
final class Problems {

    private final List<Problem> found = new ArrayList<>();

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
