package io.costledger.bundle;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.costledger.analysis.PartialDate;

/**
 * A kind's date as precise as its source (SEMANTICS.md part 3): given as {@code YYYY}, {@code YYYY-MM} or
 * {@code YYYY-MM-DD} under its name ({@code published}), or as a full date under its older name
 * ({@code publishedOn}), never both; the form always writes the new name.
 */
final class DatedRules implements KindRules {

    private final String name;
    private final String fullDateName;

    DatedRules(String name, String fullDateName) {
        this.name = name;
        this.fullDateName = fullDateName;
    }

    @Override
    public void fold(JsonNode given, ObjectNode form, Report report) {
        fold(given, form, report, name, fullDateName);
    }

    /** Folds {@code fullDateName} into {@code name} and checks that the date is a real one. */
    static void fold(JsonNode given, ObjectNode form, Report report, String name, String fullDateName) {
        JsonNode full = given.get(fullDateName);
        boolean fullGiven = full != null && !full.isNull();
        if (fullGiven && form.has(name)) {
            report.problem("give " + name + " or " + fullDateName + ", not both");
            return;
        }
        if (fullGiven) {
            form.put(name, full.asText());
        }
        if (form.has(name) && PartialDate.parse(form.get(name).asText()).isEmpty()) {
            report.problem(
                    name + " " + ShapeProblems.shown(form.get(name)) + " is not a date (YYYY, YYYY-MM or YYYY-MM-DD)");
        }
    }
}
