package io.costledger.ops;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.costledger.Bundles;
import io.costledger.GraphQL;
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
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Downloads have turns of their own: past them a download answers 503 {@code SERVICE_BUSY} with {@code Retry-After},
 * and a client that stops reading loses its download once a write has waited a second (here), which frees its turn
 * and its connection. Queries are answered throughout.
 */
@QuarkusTest
@TestProfile(DownloadTurnsTest.OneDownload.class)
@Timeout(30)
class DownloadTurnsTest {

    /** A ledger of its own; one download at a time, and a second of patience with a client that does not read. */
    public static class OneDownload implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            Map<String, String> overrides = new HashMap<>(H2.emptyLedger("ledger-download-turns"));
            overrides.put("ledger.limits.concurrent-downloads", "1");
            overrides.put("ledger.limits.download-stall", "1s");
            return overrides;
        }
    }

    @Inject
    LoadService loads;

    @TestHTTPResource("/")
    URL service;

    private static boolean loaded;

    @BeforeEach
    void load() {
        if (!loaded) {
            // 6,000 claims with quotes of 2,000 characters: CSVs and an export of about 12 MB, more than sockets buffer
            loads.load(Bundles.parse(LargeLedger.part("turn", 1)), Researcher.USER, false);
            loads.load(Bundles.parse(LargeLedger.part("turn", 2)), Researcher.USER, false);
            loaded = true;
        }
    }

    @Test
    void pastItsTurnsADownloadIsBusyAndAClientThatStopsReadingLosesItsTurn() throws Exception {
        for (String held : List.of("/claims.csv", "/bundles/export")) {
            try (Socket reader = LargeLedger.stalled(service, held)) {
                for (String path : List.of("/claims.csv", "/models.csv?scope=ALL_IN", "/bundles/export")) {
                    ExtractableResponse<Response> busy =
                            given().when().get(path).then().extract();
                    assertThat(busy.statusCode()).as(held + " held, " + path).isEqualTo(503);
                    assertThat(busy.header("Retry-After")).isEqualTo("1");
                    assertThat(busy.jsonPath().getString("code")).isEqualTo("SERVICE_BUSY");
                    assertThat(busy.jsonPath().getString("message"))
                            .isEqualTo("1 downloads are streaming, as many as run at once; try again in a moment.");
                }
                assertThat(GraphQL.data("{ model(key: \"turn-m\") { name } }").getString("model.name"))
                        .isEqualTo("M");

                // the stalled download is ended: the service closes its connection before the answer is whole
                Thread.sleep(1_500);
                byte[] rest = reader.getInputStream().readAllBytes(); // what the sockets buffered, then the end
                assertThat(new String(rest, StandardCharsets.ISO_8859_1)).doesNotEndWith("\r\n0\r\n\r\n");
            }
            awaitTurn();
        }
    }

    /** The turn comes back once the stalled download has given it up. */
    private static void awaitTurn() throws InterruptedException {
        for (int i = 0; i < 50; i++) {
            if (given().when()
                            .get("/claims.csv?model=turn-m&amountFrom=2")
                            .then()
                            .extract()
                            .statusCode()
                    == 200) {
                return;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("the download's turn never came back");
    }
}
