package io.costledger.graphql;

import java.util.Map;

/** What the endpoint sends back: a status, the JSON body, and headers of its own (none for most answers). */
public record Answer(int status, byte[] body, Map<String, String> headers) {

    static Answer ok(byte[] body) {
        return new Answer(200, body, Map.of());
    }
}
