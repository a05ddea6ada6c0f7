package io.costledger.bundle;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.costledger.history.ItemKind;
import java.util.Optional;

/**
 * The rules of a claim beyond its fields' shapes (docs/DOMAIN.md, "Claims"): {@code amountUsd} is shorthand for a
 * point range; a range runs low to high; GPU-hours need their hardware; a claim states an amount or GPU-hours (stated,
 * or chips x hours, with hardware); no
 * category is both included and excluded; a claim does not cite itself; a claim about a model takes the model's
 * organization (which its form never writes), and a claim about no model names one. Its date is as precise as its
 * source ({@link DatedRules}); a capital expense (SEMANTICS.md part 3) includes exactly INFRASTRUCTURE and states an
 * amount.
 */
final class ClaimRules implements KindRules {

    @Override
    public void fold(JsonNode given, ObjectNode form, Report report) {
        DatedRules.fold(given, form, report, "stated", "statedOn");
        JsonNode amount = given.get("amountUsd");
        if (amount != null && !amount.isNull()) {
            if (form.has("amountLowUsd") || form.has("amountHighUsd")) {
                report.problem("amountUsd may not be combined with amountLowUsd or amountHighUsd");
            }
            form.put("amountLowUsd", amount.decimalValue().stripTrailingZeros());
            form.put("amountHighUsd", amount.decimalValue().stripTrailingZeros());
        }
        if (form.has("amountLowUsd")
                && form.has("amountHighUsd")
                && form.get("amountLowUsd")
                                .decimalValue()
                                .compareTo(form.get("amountHighUsd").decimalValue())
                        > 0) {
            report.problem("amountLowUsd " + number(form, "amountLowUsd") + " is greater than amountHighUsd "
                    + number(form, "amountHighUsd"));
        }
        if (form.has("gpuHours") && !form.has("hardware")) {
            report.problem("gpuHours needs the hardware they ran on");
        }
        boolean statesAmount = form.has("amountLowUsd") || form.has("amountHighUsd");
        boolean chipHours = form.has("chipCount") && form.has("durationHours");
        if (!statesAmount && !form.has("gpuHours")) {
            if (!chipHours) {
                report.problem("needs an amount (amountUsd, amountLowUsd or amountHighUsd), gpuHours, or chipCount"
                        + " and durationHours");
            } else if (!form.has("hardware")) {
                report.problem("chipCount and durationHours need the hardware they ran on when the claim states no"
                        + " amount");
            }
        }
        form.path("included").forEach(code -> {
            for (JsonNode excluded : form.path("excluded")) {
                if (excluded.equals(code)) {
                    report.problem("category \"" + code.asText() + "\" is both included and excluded");
                }
            }
        });
        if (form.path("key").equals(form.get("cites"))) {
            report.problem("a claim may not cite itself");
        }
        if (form.path("capitalExpense").asBoolean(false)) {
            JsonNode included = form.path("included");
            if (included.size() != 1 || !included.get(0).asText().equals(INFRASTRUCTURE)) {
                report.problem("a capital expense includes exactly " + INFRASTRUCTURE + ", not " + included);
            }
            if (!statesAmount) {
                report.problem("a capital expense states an amount (amountUsd, amountLowUsd or amountHighUsd)");
            }
        }
    }

    /** The one category a capital expense covers. */
    static final String INFRASTRUCTURE = "INFRASTRUCTURE";

    @Override
    public void check(ObjectNode form, Ledger ledger, Report report) {
        Optional<String> modelOrganization = modelOrganization(form, ledger);
        if (form.has("model")) {
            if (form.has("organization")
                    && modelOrganization.isPresent()
                    && !modelOrganization.get().equals(form.get("organization").asText())) {
                report.problem("organization \"" + form.get("organization").asText()
                        + "\" differs from the organization" + " \"" + modelOrganization.get() + "\" of its model \""
                        + form.get("model").asText() + "\"");
            }
            form.remove("organization");
        } else if (!form.has("organization")) {
            report.problem("a claim about no model names its organization");
        }
    }

    @Override
    public ObjectNode tidy(ObjectNode stored) {
        if (stored.has("model")) {
            stored.remove("organization");
        }
        return stored;
    }

    @Override
    public ObjectNode stored(ObjectNode form, Ledger ledger) {
        if (!form.has("model")) {
            return form;
        }
        ObjectNode stored = form.deepCopy();
        modelOrganization(form, ledger).ifPresent(organization -> stored.put("organization", organization));
        return stored;
    }

    private static String number(ObjectNode form, String field) {
        return Problems.shortened(form.get(field).decimalValue().toPlainString());
    }

    private static Optional<String> modelOrganization(ObjectNode form, Ledger ledger) {
        if (!form.has("model")) {
            return Optional.empty();
        }
        return ledger.form(ItemKind.MODEL, form.get("model").asText())
                .map(model -> model.path("organization").asText());
    }
}
