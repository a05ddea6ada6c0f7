package io.costledger.bundle;

import io.costledger.error.ErrorCode;
import io.costledger.error.LedgerException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Collects every problem of a bundle, so that one answer lists them all. */
final class Problems {

    /** How many problems an answer lists; the rest are counted. */
    static final int SHOWN = 100;

    private final List<Problem> problems = new ArrayList<>();

    void add(String path, String key, String message) {
        problems.add(new Problem(path, key == null || key.isEmpty() ? null : shortened(key), message));
    }

    boolean isEmpty() {
        return problems.isEmpty();
    }

    int size() {
        return problems.size();
    }

    /** Throws {@code INVALID_BUNDLE} with every problem found so far, if there is any. */
    void throwIfAny() {
        if (problems.isEmpty()) {
            return;
        }
        List<Problem> shown = problems.subList(0, Math.min(SHOWN, problems.size()));
        int more = problems.size() - shown.size();
        String message = "The bundle was not loaded; it has " + problems.size() + " problem"
                + (problems.size() == 1 ? "" : "s") + ": "
                + String.join(
                        "; ", shown.stream().limit(3).map(Problem::toString).toList())
                + (problems.size() > 3 ? "; ..." : "");
        throw new LedgerException(
                ErrorCode.INVALID_BUNDLE,
                message,
                more > 0 ? Map.of("problems", maps(shown), "moreProblems", more) : Map.of("problems", maps(shown)));
    }

    private static List<Map<String, Object>> maps(List<Problem> problems) {
        return problems.stream().map(Problem::toMap).toList();
    }

    /** Text from a bundle as a problem quotes it: at most 40 characters, control characters escaped. */
    static String shortened(String text) {
        StringBuilder shown = new StringBuilder();
        text.codePoints()
                .limit(40)
                .forEach(c -> shown.append(
                        Character.isISOControl(c) ? String.format("\\u%04X", c) : new String(Character.toChars(c))));
        return text.codePointCount(0, text.length()) > 40 ? shown + "..." : shown.toString();
    }
}
