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
 * The claims about each model and the findings of each claim, read at most once per request: a dashboard asks for a
 * page's claims, their flags and the page's totals, which are made of the same rows. A request reads one snapshot,
 * so what is kept here is never stale within it; a load's report primes it with what the load's transaction saw.
 */
@RequestScoped
public class ClaimMemo {

    @Inject
    ClaimQueries claims;

    private final Map<Long, List<ClaimView>> byModel = new HashMap<>();
    private final Map<Long, ClaimFindings> findings = new HashMap<>();

    /** The claims about these models, by key, read in one statement for the models not read before. */
    public List<ClaimView> aboutModels(Collection<Long> modelIds) {
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

    /** The findings of these claims, read in two statements for the claims not read before. */
    public Map<Long, ClaimFindings> findings(Collection<Long> claimIds) {
        Set<Long> missing = new LinkedHashSet<>(claimIds);
        missing.removeAll(findings.keySet());
        if (!missing.isEmpty()) {
            findings.putAll(claims.findings(missing));
        }
        Map<Long, ClaimFindings> found = new HashMap<>();
        claimIds.forEach(id -> found.put(id, findings.getOrDefault(id, ClaimFindings.NONE)));
        return found;
    }

    /** Forgets everything read so far: a download that walks the ledger in chunks keeps one chunk at a time. */
    public void clear() {
        byModel.clear();
        findings.clear();
    }

    /**
     * Forgets everything read so far and keeps the findings a load's transaction read: a load changes the flags of
     * claims beyond its own (every claim about the models it touches) and the claims about its models, so nothing
     * read before it in this request still holds.
     */
    public void afterLoad(Map<Long, ClaimFindings> read) {
        byModel.clear();
        findings.clear();
        findings.putAll(read);
    }
}
