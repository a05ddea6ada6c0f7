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
import java.util.HashMap;
import java.util.Map;
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
        loads.load(Bundles.parse(LargeLedger.part("busy", 1)), Researcher.USER, false);
        loads.load(Bundles.parse(LargeLedger.part("busy", 2)), Researcher.USER, false);
        double before = busyCount();

        try (Socket first = LargeLedger.stalled(service, "/claims.csv");
                Socket second = LargeLedger.stalled(service, "/bundles/export")) {
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
