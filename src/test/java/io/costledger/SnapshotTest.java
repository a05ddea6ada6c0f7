package io.costledger;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * A read sees the ledger as of one moment: while loads commit, every page shows each load's items all or none, although
 * the page is read in several statements (models, then their claims, then the claims' flags).
 */
@QuarkusTest
class SnapshotTest {

    private static final int LOADS = 10;
    private static final int READERS = 30;
    private static final int CLAIMS = 5;
    private static final String PAGE = """
            query Page($organization: String) {
              models(filter: {organization: $organization}, first: 50) {
                nodes { key claims { key flags { code } } }
              }
              claims(filter: {organization: $organization}, first: 100) { totalCount nodes { key } }
            }""";

    private static String bundle(int load) {
        StringBuilder claims = new StringBuilder();
        for (int c = 0; c < CLAIMS; c++) {
            claims.append(c == 0 ? "" : ",")
                    .append(
                            "{\"key\": \"snap-%d-c%d\", \"source\": \"snap-src\", \"model\": \"snap-m%d\", \"quote\": \"q\","
                                    .formatted(load, c, load))
                    .append(" \"amountUsd\": 1, \"included\": [\"DATA\"]}");
        }
        return """
                {"organizations": [{"key": "snap-org", "name": "Snap"}],
                 "sources": [{"key": "snap-src", "title": "S", "kind": "PRESS"}],
                 "models": [{"key": "snap-m%d", "name": "M", "organization": "snap-org"}],
                 "claims": [%s]}""".formatted(load, claims);
    }

    @Test
    void readersNeverSeeALoadHalfApplied() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(READERS + LOADS);
        AtomicBoolean loading = new AtomicBoolean(true);
        AtomicInteger pages = new AtomicInteger();
        AtomicInteger loadsStarted = new AtomicInteger();
        AtomicInteger loadsFinished = new AtomicInteger();
        AtomicInteger pagesDuringLoads = new AtomicInteger();
        List<String> torn = new CopyOnWriteArrayList<>();
        List<Future<?>> readers = new java.util.ArrayList<>();
        for (int r = 0; r < READERS; r++) {
            readers.add(pool.submit(() -> {
                while (loading.get()) {
                    int finishedBefore = loadsFinished.get();
                    JsonPath page = GraphQL.data(PAGE, Map.of("organization", "snap-org"));
                    pages.incrementAndGet();
                    // a load began before this page ended and had not ended when it began
                    if (loadsStarted.get() > finishedBefore) {
                        pagesDuringLoads.incrementAndGet();
                    }
                    List<Map<String, Object>> models = page.getList("models.nodes");
                    int claimsOfModels = 0;
                    for (int m = 0; m < models.size(); m++) {
                        int claims =
                                page.getList("models.nodes[" + m + "].claims").size();
                        claimsOfModels += claims;
                        if (claims != CLAIMS) {
                            torn.add(models.get(m).get("key") + " with " + claims + " claims");
                        }
                    }
                    if (page.getInt("claims.totalCount") != claimsOfModels) {
                        torn.add(page.getInt("claims.totalCount") + " claims counted, " + claimsOfModels + " paged");
                    }
                }
                return null;
            }));
        }
        List<Future<?>> loads = new java.util.ArrayList<>();
        for (int l = 0; l < LOADS; l++) {
            int load = l;
            loads.add(pool.submit(() -> {
                loadsStarted.incrementAndGet();
                try {
                    Researcher.post(bundle(load)).statusCode(200);
                } finally {
                    loadsFinished.incrementAndGet();
                }
            }));
        }
        for (Future<?> load : loads) {
            load.get(60, TimeUnit.SECONDS);
        }
        loading.set(false);
        for (Future<?> reader : readers) {
            reader.get(60, TimeUnit.SECONDS);
        }
        pool.shutdown();

        assertThat(torn).isEmpty();
        // the pages were read while loads committed (not all before or after them)
        assertThat(pagesDuringLoads.get()).isPositive();
        assertThat(GraphQL.data(PAGE, Map.of("organization", "snap-org")).getInt("claims.totalCount"))
                .isEqualTo(LOADS * CLAIMS);
    }
}
