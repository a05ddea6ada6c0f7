package io.costledger;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** Eight researchers load the same new bundle at the same moment: all succeed, and each item exists once. */
@QuarkusTest
class ConcurrentLoadTest {

    private static final int CLIENTS = 8;

    @Test
    void loadingOneBundleFromEightThreadsAtOnceStoresOneCopy() throws Exception {
        String bundle = Bundles.json(Bundles.generated("race", 20, 3));
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
        List<Future<io.restassured.response.Response>> responses = new ArrayList<>();
        try {
            for (int i = 0; i < CLIENTS; i++) {
                Callable<io.restassured.response.Response> load = () -> {
                    start.await();
                    return Researcher.post(bundle).extract().response();
                };
                responses.add(pool.submit(load));
            }
            start.countDown();
            for (Future<io.restassured.response.Response> response : responses) {
                assertThat(response.get().statusCode())
                        .as(response.get().asString())
                        .isEqualTo(200);
            }
        } finally {
            pool.shutdownNow();
        }

        JsonPath counts = GraphQL.data("""
                { models(filter: {organization: "race-org"}) { totalCount }
                  claims(filter: {organization: "race-org"}, first: 500) { totalCount nodes { flags { code } } }
                  organization(key: "race-org") { key }
                  hardwareRates(hardware: "race-gpu") { kind } }""");
        assertThat(counts.getInt("models.totalCount")).isEqualTo(20);
        assertThat(counts.getInt("claims.totalCount")).isEqualTo(60);
        assertThat(counts.getList("hardwareRates")).hasSize(1);
        assertThat(counts.getList("claims.nodes.flags.code.flatten()")).contains("UNSTATED_EXCLUSIONS");
        JsonPath again =
                new JsonPath(Researcher.post(bundle).statusCode(200).extract().asString());
        assertThat(again.getInt("unchanged")).isEqualTo(1 + 1 + 1 + 1 + 20 + 60);
    }
}
