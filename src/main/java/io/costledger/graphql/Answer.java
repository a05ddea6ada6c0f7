package io.costledger.graphql;

import java.util.Map;

/**
 * What the endpoint sends back: a status, the JSON body, headers of its own (none for most answers), and whether it
 * is a complete answer without errors (the only kind a client may revalidate by its ETag).
 */
public record Answer(int status, byte[] body, Map<String, String> headers, boolean complete) {

    public Answer(int status, byte[] body, Map<String, String> headers) {
        this(status, body, headers, false);
    }

    static Answer ok(byte[] body) {
        return new Answer(200, body, Map.of());
    }

    /** A 200 answer with data and no error. */
    static Answer complete(byte[] body) {
        return new Answer(200, body, Map.of(), true);
    }
}
