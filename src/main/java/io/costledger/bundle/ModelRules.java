package io.costledger.bundle;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A model is not its own base model (longer cycles of base models are found by {@link Cycles}); its release date is
 * as precise as its source ({@link DatedRules}).
 */
final class ModelRules implements KindRules {

    @Override
    public void fold(JsonNode given, ObjectNode form, Report report) {
        DatedRules.fold(given, form, report, "released", "releasedOn");
        if (form.path("key").equals(form.get("baseModel"))) {
            report.problem("baseModel may not be the model itself");
        }
    }
}
