package io.costledger.ops;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.Socket;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/** A ledger whose downloads are larger than sockets buffer, and a client that asks for one and stops reading. */
final class LargeLedger {

    private LargeLedger() {}

    /**
     * One of the parts of a ledger of one model: 3,000 claims with quotes of 2,000 characters, about 6 MB in every
     * download; keys start with {@code prefix}.
     */
    static String part(String prefix, int part) {
        String quote = "q".repeat(2_000);
        String claims = IntStream.range(0, 3_000)
                .mapToObj(
                        c -> ("{\"key\": \"%s-c%d-%d\", \"source\": \"%s-src\", \"model\": \"%s-m\", \"quote\": \"%s\","
                                        + " \"amountUsd\": 1, \"included\": [\"DATA\"]}")
                                .formatted(prefix, part, c, prefix, prefix, quote))
                .collect(Collectors.joining(", "));
        return ("{\"organizations\": [{\"key\": \"%s-org\", \"name\": \"O\"}], \"models\": [{\"key\": \"%s-m\", \"name\":"
                                + " \"M\", \"organization\": \"%s-org\"}], \"sources\": [{\"key\": \"%s-src\", \"title\": \"S\","
                                + " \"kind\": \"PRESS\"}], \"claims\": [")
                        .formatted(prefix, prefix, prefix, prefix)
                + claims + "]}";
    }

    /** Sends a GET and reads no more than the status line's first bytes, which must be a 200. */
    static Socket stalled(URL service, String path) throws IOException {
        Socket socket = new Socket(service.getHost(), service.getPort());
        socket.getOutputStream()
                .write(("GET " + path + " HTTP/1.1\r\nHost: " + service.getHost() + "\r\n\r\n")
                        .getBytes(StandardCharsets.US_ASCII));
        socket.getOutputStream().flush();
        assertThat(new String(socket.getInputStream().readNBytes(12), StandardCharsets.US_ASCII))
                .as(path)
                .isEqualTo("HTTP/1.1 200");
        return socket;
    }
}
