package io.costledger.bundle;

import java.util.List;

/**
 * What loading a bundle did: every item counted once as created, updated or unchanged.
 *
 * @param claimIds the ids of the bundle's claims, in bundle order
 */
public record LoadResult(int created, int updated, int unchanged, List<Long> claimIds) {

    public LoadResult {
        claimIds = List.copyOf(claimIds);
    }
}
