package io.costledger.bundle;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * What each database constraint means, in the words of a bundle problem. The bundle checks catch these first; this is
 * the safety net for a rule only the database can see, such as a model moving away from its claims' organization.
 */
final class DatabaseRules {

    private static final Map<String, String> MEANINGS = Map.ofEntries(
            Map.entry(
                    "fk_claim_model_organization",
                    "a claim's organization must be its model's: a model cannot move to another organization while"
                            + " stored claims about it belong to the old one (load those claims in the same bundle)"),
            Map.entry("ck_claim_amount_range", "amountLowUsd may not be greater than amountHighUsd"),
            Map.entry("ck_claim_amount_low", "amounts may not be negative"),
            Map.entry("ck_claim_amount_high", "amounts may not be negative"),
            Map.entry("ck_claim_gpu_hours", "gpuHours must be greater than zero"),
            Map.entry("ck_claim_rate", "rateUsdPerGpuHour must be greater than zero"),
            Map.entry("ck_claim_gpu_hours_hardware", "gpuHours need the hardware they ran on"),
            Map.entry("ck_claim_has_figure", "a claim needs an amount or gpuHours"),
            Map.entry("ck_claim_not_self_citing", "a claim may not cite itself"),
            Map.entry("ck_model_not_own_base", "a model may not be its own base model"),
            Map.entry("ck_hardware_rate_positive", "usdPerGpuHour must be greater than zero"),
            Map.entry(
                    "uq_hardware_rate", "a rate with this hardware, kind, effective date and provider already exists"));

    private DatabaseRules() {}

    /** The failure as a bundle problem, if it broke a constraint of the ledger's schema. */
    static Optional<InvalidBundleException> describe(Throwable failure) {
        return BundleService.constraint(failure).map(name -> {
            String constraint = name.toLowerCase(Locale.ROOT);
            String meaning = MEANINGS.entrySet().stream()
                    .filter(entry -> constraint.contains(entry.getKey()))
                    .map(entry -> entry.getValue() + " (" + entry.getKey() + ")")
                    .findFirst()
                    .orElse("it breaks a rule of the ledger's schema");
            return new InvalidBundleException(List.of(new Problem("bundle", null, meaning)));
        });
    }
}
