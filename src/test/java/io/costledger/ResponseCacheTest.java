package io.costledger;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A repeated query is answered from the cache while the ledger is unchanged, and never after a load changed it. */
@QuarkusTest
@TestProfile(ResponseCacheTest.CacheOn.class)
class ResponseCacheTest {

    public static class CacheOn implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of(
                    "%test.ledger.cache.enabled", "true", "%test.quarkus.datasource.jdbc.url", H2.url("ledger-cache"));
        }
    }

    private static final String QUERY = """
            query Cached { model(key: "cache-m") { claims { key amountLowUsd flags { code } }
              scopedTotal(scope: "FINAL_RUN") { lowUsd } } }""";

    @Inject
    MeterRegistry registry;

    private static String bundle(int amount) {
        return """
                {"organizations": [{"key": "cache-o", "name": "Cache"}],
                 "models": [{"key": "cache-m", "name": "Cache M", "organization": "cache-o"}],
                 "sources": [{"key": "cache-s", "title": "S", "kind": "PRESS"}],
                 "claims": [{"key": "cache-c", "source": "cache-s", "model": "cache-m", "quote": "q",
                             "amountUsd": %d, "included": ["FINAL_TRAINING_RUN"]}]}""".formatted(amount);
    }

    private long statementsOf(Runnable request) {
        return Statements.during(registry, request);
    }

    @Test
    void repeatedQueriesAreAnsweredFromTheCacheUntilALoadChangesTheLedger() {
        Researcher.post(bundle(100)).statusCode(200);
        String first = GraphQL.post(QUERY, Map.of()).extract().asString();

        long cached = statementsOf(() ->
                assertThat(GraphQL.post(QUERY, Map.of()).extract().asString()).isEqualTo(first));
        assertThat(cached).as("only the ledger version is read").isEqualTo(1);

        Researcher.post(bundle(250)).statusCode(200);
        long fresh =
                statementsOf(() -> assertThat(new BigDecimal(GraphQL.data(QUERY).getString("model.scopedTotal.lowUsd")))
                        .isEqualByComparingTo("250"));
        assertThat(fresh).isGreaterThan(1);

        Researcher.post(bundle(250)).statusCode(200); // unchanged, but a load all the same: the version moves on
        assertThat(new BigDecimal(GraphQL.data(QUERY).getString("model.claims[0].amountLowUsd")))
                .isEqualByComparingTo("250");
    }

    @Test
    void differentVariablesAreDifferentQueries() {
        Researcher.post(bundle(100)).statusCode(200);
        String byKey = "query K($key: String!) { model(key: $key) { key } }";

        assertThat(GraphQL.data(byKey, Map.of("key", "cache-m")).getString("model.key"))
                .isEqualTo("cache-m");
        assertThat(GraphQL.data(byKey, Map.of("key", "deepseek-v3")).getString("model.key"))
                .isEqualTo("deepseek-v3");
        assertThat(GraphQL.data(byKey, Map.of("key", "cache-m")).getString("model.key"))
                .isEqualTo("cache-m");
    }
}
