package io.costledger.ops;

import static org.assertj.core.api.Assertions.assertThat;

import io.costledger.Bundles;
import io.costledger.GraphQL;
import io.costledger.H2;
import io.costledger.Researcher;
import io.costledger.bundle.LoadService;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * A query runs within its time limit: past it, the query is cancelled (its statement in the database too) and answers
 * TIMEOUT, while other clients' queries go on being answered.
 */
@QuarkusTest
@TestProfile(TimeLimitTest.ShortLimit.class)
class TimeLimitTest {

    /**
     * A ledger of its own, with queries limited to a second: the heavy query takes 1.6 s warm and 5 s cold on H2, and
     * the simple one has a second to be answered even on a machine whose cores are busy with other work.
     */
    public static class ShortLimit implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            Map<String, String> overrides = new HashMap<>(H2.emptyLedger("ledger-time-limit"));
            overrides.put("ledger.limits.query-timeout", "1s");
            return overrides;
        }
    }

    @Inject
    LoadService loads;

    /**
     * A query the limits allow that takes long: a full page of models with their claims priced, and sixteen totals of
     * each model over its lineage of up to fifty models.
     */
    private static final String HEAVY = "{ models(first: 500) { nodes { key claims { key costAt(rateKind: ON_DEMAND) } "
            + java.util.stream.IntStream.range(0, 16)
                    .mapToObj(i -> "t" + i + ": scopedTotal(scope: \""
                            + List.of("FINAL_RUN", "TRAINING", "DEVELOPMENT", "ALL_IN")
                                    .get(i % 4) + "\", includeLineage: true, rateKind: "
                            + List.of("NOTIONAL", "ON_DEMAND", "COMMITTED_1Y", "COMMITTED_3Y")
                                    .get(i / 4)
                            + ") { lowUsd }")
                    .collect(java.util.stream.Collectors.joining(" "))
            + " } } }";

    /** 500 models in chains of fifty, each trained from the one before, ten claims each. */
    private static String chains() {
        StringBuilder models = new StringBuilder();
        StringBuilder claims = new StringBuilder();
        for (int m = 0; m < 500; m++) {
            models.append(m == 0 ? "" : ", ")
                    .append("{\"key\": \"slow-m%03d\", \"name\": \"M\", \"organization\":".formatted(m))
                    .append(" \"slow-org\"")
                    .append(m % 50 == 0 ? "" : ", \"baseModel\": \"slow-m%03d\"".formatted(m - 1))
                    .append("}");
            for (int c = 0; c < 10; c++) {
                claims.append(m + c == 0 ? "" : ", ")
                        .append(("{\"key\": \"slow-c%03d-%d\", \"source\": \"slow-src\","
                                        + " \"model\": \"slow-m%03d\", \"quote\": \"q\", \"gpuHours\": %d, \"hardware\": \"h800\","
                                        + " \"included\": [\"%s\"]}")
                                .formatted(
                                        m,
                                        c,
                                        m,
                                        100 + c,
                                        List.of("FINAL_TRAINING_RUN", "OTHER_TRAINING", "DATA")
                                                .get(c % 3)));
            }
        }
        return ("{\"organizations\": [{\"key\": \"slow-org\", \"name\": \"Slow\"}], \"hardware\": [{\"key\":"
                        + " \"h800\", \"name\": \"H800\"}], \"hardwareRates\": [{\"hardware\": \"h800\", \"kind\": \"ON_DEMAND\","
                        + " \"usdPerGpuHour\": 3.42, \"effectiveOn\": \"2024-08-01\"}], \"sources\": [{\"key\": \"slow-src\","
                        + " \"title\": \"S\", \"kind\": \"PRESS\"}], \"models\": [%s], \"claims\": [%s]}")
                .formatted(models, claims);
    }

    @Test
    void theHeaviestQueryIsCancelledAtItsLimitWhileASimpleOneIsAnswered() throws Exception {
        loads.load(Bundles.parse(chains()), Researcher.USER, false);
        String simpleQuery = "{ costScopes { code } organization(key: \"slow-org\") { name } }";
        GraphQL.data(simpleQuery);

        CompletableFuture<JsonPath> heavy = CompletableFuture.supplyAsync(() -> GraphQL.firstError(HEAVY, Map.of()));
        Thread.sleep(50);
        JsonPath simple = GraphQL.data(simpleQuery);
        JsonPath cancelled = heavy.get(30, TimeUnit.SECONDS);

        assertThat(simple.getList("costScopes")).hasSize(5);
        assertThat(simple.getString("organization.name")).isEqualTo("Slow");
        assertThat(cancelled.getString("extensions.code")).isEqualTo("TIMEOUT");
        assertThat(cancelled.getString("message"))
                .isEqualTo("The request was cancelled: it ran longer than its limit of 1 s. Ask for less at once"
                        + " (smaller pages, fewer fields).");
        assertThat(GraphQL.data("{ models(first: 1) { nodes { key } } }").getList("models.nodes.key"))
                .isEqualTo(List.of("slow-m000"));
    }
}
