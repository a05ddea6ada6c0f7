package io.costledger.ops;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.costledger.Bundles;
import io.costledger.H2;
import io.costledger.Researcher;
import io.costledger.bundle.LoadService;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.net.Socket;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * With every database connection in use (two downloads whose clients do not read, on a pool of two), a query answers
 * 503 {@code SERVICE_BUSY} with {@code Retry-After}, never {@code INTERNAL_ERROR}; readiness stays up (busy is not
 * broken) and a metric counts the refusals.
 */
@QuarkusTest
@TestProfile(BusyPoolTest.TwoConnections.class)
@Timeout(60)
class BusyPoolTest {

    public static class TwoConnections implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            Map<String, String> overrides = new HashMap<>(H2.emptyLedger("ledger-busy-pool"));
            overrides.put("quarkus.datasource.jdbc.max-size", "2");
            overrides.put("quarkus.datasource.jdbc.acquisition-timeout", "1S");
            overrides.put("ledger.limits.concurrent-downloads", "2");
            overrides.put("ledger.limits.download-stall", "20s");
            return overrides;
        }
    }

    @Inject
    LoadService loads;

    @TestHTTPResource("/")
    URL service;

    private static String ledger(int part) {
        String quote = "q".repeat(2_000);
        String claims = IntStream.range(0, 3_000)
                .mapToObj(c -> ("{\"key\": \"busy-c%d-%d\", \"source\": \"busy-src\", \"model\": \"busy-m\", \"quote\":"
                                + " \"%s\", \"amountUsd\": 1, \"included\": [\"DATA\"]}")
                        .formatted(part, c, quote))
                .collect(Collectors.joining(", "));
        return "{\"organizations\": [{\"key\": \"busy-org\", \"name\": \"O\"}], \"models\": [{\"key\": \"busy-m\","
                + " \"name\": \"M\", \"organization\": \"busy-org\"}], \"sources\": [{\"key\": \"busy-src\", \"title\":"
                + " \"S\", \"kind\": \"PRESS\"}], \"claims\": [" + claims + "]}";
    }

    private Socket stalled(String path) throws Exception {
        Socket socket = new Socket(service.getHost(), service.getPort());
        socket.getOutputStream()
                .write(("GET " + path + " HTTP/1.1\r\nHost: " + service.getHost() + "\r\n\r\n")
                        .getBytes(StandardCharsets.US_ASCII));
        socket.getOutputStream().flush();
        assertThat(new String(socket.getInputStream().readNBytes(12), StandardCharsets.US_ASCII))
                .isEqualTo("HTTP/1.1 200");
        return socket;
    }

    private static double busyCount() {
        return given().when()
                .get("/q/metrics")
                .then()
                .extract()
                .asString()
                .lines()
                .filter(line -> line.startsWith("ledger_service_busy_total"))
                .mapToDouble(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1)))
                .sum();
    }

    @Test
    void everyConnectionInUseIsBusyNotBroken() throws Exception {
        loads.load(Bundles.parse(ledger(1)), Researcher.USER, false);
        loads.load(Bundles.parse(ledger(2)), Researcher.USER, false);
        double before = busyCount();

        try (Socket first = stalled("/claims.csv");
                Socket second = stalled("/bundles/export")) {
            ExtractableResponse<Response> query = given().contentType("application/json")
                    .body(Map.of("query", "{ model(key: \"busy-m\") { name } }"))
                    .when()
                    .post("/graphql")
                    .then()
                    .extract();
            ExtractableResponse<Response> ready =
                    given().when().get("/q/health/ready").then().extract();

            assertThat(query.statusCode()).as(query.asString()).isEqualTo(503);
            assertThat(query.header("Retry-After")).isEqualTo("1");
            assertThat(query.jsonPath().getString("errors[0].extensions.code")).isEqualTo("SERVICE_BUSY");
            assertThat(query.jsonPath().getString("errors[0].message"))
                    .isEqualTo("The service is busy: every database connection is in use. Try again in a moment.");
            assertThat(ready.statusCode()).isEqualTo(200);
            assertThat(busyCount() - before).isGreaterThanOrEqualTo(1);
        }
    }
}
