package io.costledger.bundle;

import static io.costledger.bundle.BundleShape.blank;

import jakarta.persistence.EntityManager;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The checks that need the stored rows: every reference resolves to an item of the bundle or a stored row, a claim
 * about a model belongs to the model's organization, and no base-model or citation chain closes into a cycle.
 */
final class BundleReferences {

    private final Bundle bundle;
    private final StoredRows stored;
    private final Problems problems;
    private final Map<String, ModelInput> bundleModels;
    private final Map<String, ClaimInput> bundleClaims;

    BundleReferences(Bundle bundle, StoredRows stored, Problems problems) {
        this.bundle = bundle;
        this.stored = stored;
        this.problems = problems;
        this.bundleModels = byKey(bundle.models(), ModelInput::key);
        this.bundleClaims = byKey(bundle.claims(), ClaimInput::key);
    }

    void check(EntityManager em) {
        Set<String> organizations = keys(bundle.organizations(), OrganizationInput::key, stored.organizations.keySet());
        Set<String> models = keys(bundle.models(), ModelInput::key, stored.models.keySet());
        Set<String> hardware = keys(bundle.hardware(), HardwareInput::key, stored.hardware.keySet());
        Set<String> sources = keys(bundle.sources(), SourceInput::key, stored.sources.keySet());
        Set<String> claims = keys(bundle.claims(), ClaimInput::key, stored.claims.keySet());
        forEach("models", bundle.models(), ModelInput::key, (model, check) -> {
            exists(check, "organization", model.organization(), organizations);
            exists(check, "base model", model.baseModel(), models);
        });
        forEach("hardwareRates", bundle.hardwareRates(), BundleShape::rateIdentity, (rate, check) -> {
            exists(check, "hardware", rate.hardware(), hardware);
            exists(check, "source", rate.source(), sources);
        });
        forEach("claims", bundle.claims(), ClaimInput::key, (claim, check) -> {
            exists(check, "source", claim.source(), sources);
            exists(check, "model", claim.model(), models);
            exists(check, "organization", claim.organization(), organizations);
            exists(check, "hardware", claim.hardware(), hardware);
            exists(check, "cited claim", claim.cites(), claims);
            sameOrganization(claim, check);
        });
        cycles(em);
    }

    private void sameOrganization(ClaimInput claim, ItemCheck check) {
        if (blank(claim.model()) || blank(claim.organization())) {
            return;
        }
        String modelOrganization = modelOrganization(claim.model());
        if (modelOrganization != null && !modelOrganization.equals(claim.organization())) {
            check.fail("organization \"" + claim.organization() + "\" differs from the organization \""
                    + modelOrganization + "\" of its model \"" + claim.model() + "\"");
        }
    }

    /** The organization key a model will have once the bundle is loaded, or null for an unknown model. */
    String modelOrganization(String modelKey) {
        ModelInput model = bundleModels.get(modelKey);
        if (model != null) {
            return model.organization();
        }
        return stored.models.containsKey(modelKey) ? stored.models.get(modelKey).organization.key : null;
    }

    private void cycles(EntityManager em) {
        Map<String, String> bases =
                Chains.stored(em, "model", "base_model_id", ends(bundleModels, ModelInput::baseModel));
        bundleModels.values().forEach(model -> bases.compute(model.key(), (key, old) -> model.baseModel()));
        forEach(
                "models",
                bundle.models(),
                ModelInput::key,
                (model, check) -> Chains.cycleThrough(model.key(), bases::get)
                        .ifPresent(cycle -> check.fail("base models form a cycle: " + String.join(" -> ", cycle))));
        Map<String, String> cited = Chains.stored(em, "claim", "cites_id", ends(bundleClaims, ClaimInput::cites));
        bundleClaims.values().forEach(claim -> cited.compute(claim.key(), (key, old) -> claim.cites()));
        forEach(
                "claims",
                bundle.claims(),
                ClaimInput::key,
                (claim, check) -> Chains.cycleThrough(claim.key(), cited::get)
                        .ifPresent(cycle -> check.fail("citations form a cycle: " + String.join(" -> ", cycle))));
    }

    /**
     * The bundle's keys and the keys they point at: where a walk can step from a bundle item, so that the stored
     * chains read from these hold every stored link a walk can follow.
     */
    private static <T> Set<String> ends(Map<String, T> items, Function<T, String> link) {
        Set<String> ends = new java.util.HashSet<>(items.keySet());
        items.values().stream().map(link).filter(java.util.Objects::nonNull).forEach(ends::add);
        return ends;
    }

    private static void exists(ItemCheck check, String what, String key, Set<String> known) {
        if (!blank(key) && !known.contains(key)) {
            check.fail(what + " \"" + key + "\" does not exist in the bundle or the ledger");
        }
    }

    private <T> void forEach(
            String list, List<T> items, Function<T, String> key, java.util.function.BiConsumer<T, ItemCheck> check) {
        for (int i = 0; i < items.size(); i++) {
            T item = items.get(i);
            if (item != null) {
                check.accept(item, new ItemCheck(problems, list + "[" + i + "]", key.apply(item)));
            }
        }
    }

    private static <T> Set<String> keys(List<T> items, Function<T, String> key, Set<String> stored) {
        Set<String> keys = items.stream()
                .filter(java.util.Objects::nonNull)
                .map(key)
                .filter(java.util.Objects::nonNull)
                .collect(Collectors.toSet());
        keys.addAll(stored);
        return keys;
    }

    private static <T> Map<String, T> byKey(List<T> items, Function<T, String> key) {
        Map<String, T> byKey = new HashMap<>();
        items.stream()
                .filter(item -> item != null && key.apply(item) != null)
                .forEach(item -> byKey.putIfAbsent(key.apply(item), item));
        return byKey;
    }
}
