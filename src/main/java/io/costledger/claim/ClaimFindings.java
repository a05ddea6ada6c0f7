package io.costledger.claim;

import java.util.List;

/**
 * What is stored beside a claim and derived from it (and from the claim it cites): its flags. Its stated coverage is
 * part of the claim row ({@link ClaimView#included()}).
 */
public record ClaimFindings(List<FlagView> flags) {

    public static final ClaimFindings NONE = new ClaimFindings(List.of());

    /** A claim carries each flag code at most once. */
    public static final int MAX_FLAGS = 8;
}
