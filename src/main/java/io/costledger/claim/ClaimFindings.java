package io.costledger.claim;

import java.util.List;

/**
 * What is stored beside a claim: the categories it states (codes in position order) and the flags derived from it.
 *
 * @param included the categories the claim includes
 * @param excluded the categories its source says it leaves out
 */
public record ClaimFindings(List<String> included, List<String> excluded, List<FlagView> flags) {

    public static final ClaimFindings NONE = new ClaimFindings(List.of(), List.of(), List.of());

    /** A claim carries each flag code at most once. */
    public static final int MAX_FLAGS = 8;
}
