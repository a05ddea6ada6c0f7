package io.costledger.claim;

import io.costledger.analysis.Coverage;
import io.costledger.analysis.Flag;
import io.costledger.analysis.FlagCode;
import io.costledger.analysis.Severity;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A claim's stated coverage and stored flags, read with the claim itself as two aggregated texts of correlated
 * subqueries, so that a page of claims costs one statement rather than three (and no long list of claim ids that the
 * database might rather scan for).
 */
final class StoredClaimFindings {

    /** Separates the fields of one flag; a control character no message contains. */
    private static final String FIELD = "\u001f";
    /** Separates two flags, or two coverage entries. */
    private static final String ITEM = "\u001e";

    /** Each stated category as {@code CODE=COVERAGE}. */
    static final String COVERAGE = "(select listagg(concat(key(cv).code, '=', cast(value(cv) as String)), '" + ITEM
            + "') within group (order by key(cv).position) from c.coverage cv)";

    /** Each stored flag as {@code CODE, SEVERITY, CATEGORIES, MESSAGE}, in order. */
    static final String FLAGS = "(select listagg(concat(cast(f.code as String), '" + FIELD
            + "', cast(f.severity as String), '"
            + FIELD + "', f.categories, '" + FIELD + "', f.message), '" + ITEM + "') within group (order by index(f))"
            + " from c.flags f)";

    private StoredClaimFindings() {}

    /** The stated categories: code to INCLUDED or EXCLUDED; absent ones are unstated. */
    static Map<String, Coverage> coverage(String stored) {
        Map<String, Coverage> coverage = new HashMap<>();
        for (String entry : split(stored, ITEM.charAt(0), Integer.MAX_VALUE)) {
            int equals = entry.indexOf('=');
            coverage.put(entry.substring(0, equals), Coverage.valueOf(entry.substring(equals + 1)));
        }
        return coverage;
    }

    static List<Flag> flags(String stored) {
        List<Flag> flags = new ArrayList<>();
        for (String item : split(stored, ITEM.charAt(0), Integer.MAX_VALUE)) {
            List<String> fields = split(item, FIELD.charAt(0), 4);
            flags.add(new Flag(
                    FlagCode.valueOf(fields.get(0)),
                    Severity.valueOf(fields.get(1)),
                    fields.get(3),
                    StoredFlag.splitCategories(fields.get(2))));
        }
        return flags;
    }

    /** The parts of {@code text} between separators, at most {@code limit} (the last takes the rest). */
    private static List<String> split(String text, char separator, int limit) {
        List<String> parts = new ArrayList<>();
        if (text == null || text.isEmpty()) {
            return parts;
        }
        int start = 0;
        for (int end = text.indexOf(separator);
                end >= 0 && parts.size() < limit - 1;
                end = text.indexOf(separator, start)) {
            parts.add(text.substring(start, end));
            start = end + 1;
        }
        parts.add(text.substring(start));
        return parts;
    }
}
