package io.costledger.claim;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The claims about each model, read at most once per request: a dashboard asks for a page's claims and for its
 * totals, which are made of the same claims. Requests read after they write, never before, so this is never stale.
 */
@RequestScoped
public class ClaimsByModel {

    @Inject
    ClaimQueries claims;

    private final Map<Long, List<ClaimView>> byModel = new HashMap<>();

    /** The claims about these models, by key, read in one statement for the models not read before. */
    public synchronized List<ClaimView> about(Collection<Long> modelIds) {
        Set<Long> missing = new LinkedHashSet<>(modelIds);
        missing.removeAll(byModel.keySet());
        if (!missing.isEmpty()) {
            missing.forEach(id -> byModel.put(id, new ArrayList<>()));
            claims.aboutModels(missing)
                    .forEach(claim -> byModel.get(claim.modelId()).add(claim));
        }
        List<ClaimView> about = new ArrayList<>();
        new LinkedHashSet<>(modelIds).forEach(id -> about.addAll(byModel.get(id)));
        return about;
    }
}
