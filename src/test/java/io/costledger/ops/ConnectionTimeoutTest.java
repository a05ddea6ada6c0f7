package io.costledger.ops;

import static org.assertj.core.api.Assertions.assertThat;

import io.costledger.H2;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * Silent connections are closed, busy ones are not: with an idle timeout of one second, a connection that sends half
 * a request's headers, half its body, or nothing after an answer is closed within seconds, while a load that works
 * silently for longer than the idle timeout is answered. (The last one fails if Vert.x stops naming its idle handler
 * as {@link io.costledger.http.ConnectionTimeouts} expects.)
 */
@QuarkusTest
@TestProfile(ConnectionTimeoutTest.ShortTimeouts.class)
class ConnectionTimeoutTest {

    /** A ledger of its own; one second of silence closes a connection, one second for a body. */
    public static class ShortTimeouts implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            Map<String, String> overrides = new HashMap<>(H2.emptyLedger("ledger-connection-timeouts"));
            overrides.put("quarkus.http.idle-timeout", "1S");
            overrides.put("ledger.http.body-timeout", "1S");
            return overrides;
        }
    }

    @TestHTTPResource("/")
    URL service;

    private Socket connect() throws IOException {
        Socket socket = new Socket(service.getHost(), service.getPort());
        socket.setSoTimeout(10_000);
        return socket;
    }

    /** Milliseconds until the service closes the connection (reading and dropping whatever it sends first). */
    private static long untilClosed(Socket socket) throws IOException {
        long started = System.nanoTime();
        InputStream in = socket.getInputStream();
        try {
            while (in.read() >= 0) {
                // an answer before the close (an idle connection after a request)
            }
        } catch (SocketTimeoutException e) {
            return Long.MAX_VALUE;
        } catch (IOException reset) {
            // closed
        }
        return (System.nanoTime() - started) / 1_000_000;
    }

    private static void send(Socket socket, String text) throws IOException {
        OutputStream out = socket.getOutputStream();
        out.write(text.getBytes(StandardCharsets.UTF_8));
        out.flush();
    }

    @Test
    void halfSentHeadersAreClosed() throws Exception {
        try (Socket socket = connect()) {
            send(socket, "POST /graphql HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n");
            assertThat(untilClosed(socket)).isLessThan(5_000);
        }
    }

    @Test
    void aHalfSentBodyIsClosedEvenWhileItTrickles() throws Exception {
        try (Socket socket = connect()) {
            send(
                    socket,
                    "POST /graphql HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 100\r\n\r\n{");
            for (int i = 0; i < 4; i++) { // a byte every 400 ms: never idle for the idle timeout
                Thread.sleep(400);
                try {
                    send(socket, " ");
                } catch (IOException closed) {
                    break;
                }
            }
            assertThat(untilClosed(socket)).isLessThan(5_000);
        }
    }

    @Test
    void anIdleConnectionIsClosedAfterItsAnswer() throws Exception {
        try (Socket socket = connect()) {
            send(socket, "GET /graphql?query=%7BcostScopes%7Bcode%7D%7D HTTP/1.1\r\nHost: x\r\n\r\n");
            assertThat(untilClosed(socket)).isBetween(500L, 5_000L);
        }
    }

    @Test
    void aLoadThatWorksLongerThanTheIdleTimeoutIsAnswered() throws Exception {
        String claims = IntStream.range(0, 10_000)
                .mapToObj(c ->
                        "{\"key\": \"idle-c%d\", \"source\": \"idle-src\", \"model\": \"idle-m%d\", \"quote\": \"q\","
                                        .formatted(c, c % 100)
                                + " \"amountUsd\": 1, \"included\": [\"DATA\"]}")
                .collect(Collectors.joining(", "));
        String models = IntStream.range(0, 100)
                .mapToObj(m -> "{\"key\": \"idle-m%d\", \"name\": \"M\", \"organization\": \"idle-org\"}".formatted(m))
                .collect(Collectors.joining(", "));
        byte[] bundle = ("{\"organizations\": [{\"key\": \"idle-org\", \"name\": \"O\"}], \"sources\": [{\"key\":"
                        + " \"idle-src\", \"title\": \"S\", \"kind\": \"PRESS\"}], \"models\": [" + models
                        + "], \"claims\": [" + claims + "]}")
                .getBytes(StandardCharsets.UTF_8);
        String credentials =
                Base64.getEncoder().encodeToString("researcher:researcher".getBytes(StandardCharsets.UTF_8));

        try (Socket socket = connect()) {
            socket.setSoTimeout(120_000);
            long started = System.nanoTime();
            send(
                    socket,
                    "POST /bundles HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nAuthorization: Basic "
                            + credentials + "\r\nContent-Length: " + bundle.length
                            + "\r\nExpect: 100-continue\r\n\r\n");
            InputStream in = socket.getInputStream();
            String interim =
                    new String(in.readNBytes("HTTP/1.1 100 Continue\r\n\r\n".length()), StandardCharsets.US_ASCII);
            socket.getOutputStream().write(bundle); // after 100 Continue, as curl sends a large body
            socket.getOutputStream().flush();
            byte[] head = in.readNBytes(12);
            long elapsed = (System.nanoTime() - started) / 1_000_000;

            assertThat(interim).isEqualTo("HTTP/1.1 100 Continue\r\n\r\n");
            assertThat(new String(head, StandardCharsets.US_ASCII)).isEqualTo("HTTP/1.1 200");
            assertThat(elapsed)
                    .as("the load worked silently for longer than the idle timeout")
                    .isGreaterThan(1_500);
        }
    }
}
