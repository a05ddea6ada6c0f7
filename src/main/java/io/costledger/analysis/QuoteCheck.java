package io.costledger.analysis;

/** How a claim's quote was checked (SEMANTICS.md part 3). It changes no number. */
public enum QuoteCheck {
    /** Read in the publisher's own copy. */
    PUBLISHER_TEXT,
    /** Read in a complete copy of the document, such as an archive or a mirror. */
    FULL_COPY,
    /** Seen only as quoted by third parties. */
    QUOTED_BY_OTHERS,
    /** Not checked (the default). */
    UNCHECKED
}
