package io.costledger.http;

/** What an {@code If-None-Match} header asks for, as RFC 9110 has it. */
public final class IfNoneMatch {

    private IfNoneMatch() {}

    /**
     * Whether the header names the tag (strong or weak). {@code *} is not a tag: it matches only an answer known to
     * exist ({@link #any}), which the caller tells once it has one.
     */
    public static boolean names(String header, String tag) {
        if (header == null || tag == null) {
            return false;
        }
        for (String given : header.split(",")) {
            String trimmed = given.trim();
            if (trimmed.equals(tag) || trimmed.equals("W/" + tag)) {
                return true;
            }
        }
        return false;
    }

    /** Whether the header is {@code *}: any answer the request would have (a 200) matches. */
    public static boolean any(String header) {
        return header != null && header.trim().equals("*");
    }

    /** Whether a download whose answer is known to exist (its request was valid) is held under this tag. */
    public static boolean holds(String header, String tag) {
        return tag != null && (names(header, tag) || any(header));
    }
}
