package io.costledger.bundle;

import java.util.List;
import java.util.Set;

/**
 * A bundle read from JSON, without the values that did not fit their fields, and the problems those values are.
 * Loading it reports them together with whatever else is wrong with the bundle.
 *
 * @param malformed the fields left out, as {@code path.field} ({@code claims[2].statedOn})
 */
public record ParsedBundle(Bundle bundle, List<Problem> problems, Set<String> malformed) {

    public ParsedBundle {
        problems = List.copyOf(problems);
        malformed = Set.copyOf(malformed);
    }

    /** A bundle that arrived as Java values: nothing in it can be of the wrong type. */
    public static ParsedBundle of(Bundle bundle) {
        return new ParsedBundle(bundle, List.of(), Set.of());
    }
}
