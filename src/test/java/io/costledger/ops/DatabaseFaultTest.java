package io.costledger.ops;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.costledger.GraphQL;
import io.costledger.Researcher;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import java.net.URI;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * The database goes away while loads and reads run: every connection of the service is killed and no new one is let
 * in for a few seconds. The service rides it out without a restart: readiness goes DOWN and back UP, each load either
 * committed whole or answered with an error, and no bundle is stored in part.
 */
@QuarkusTest
@TestProfile(DatabaseFaultTest.CacheOn.class)
@EnabledIfSystemProperty(
        named = "quarkus.test.profile",
        matches = ".*pg.*",
        disabledReason = "cuts off a PostgreSQL server; runs in the PostgreSQL suite (-Dquarkus.test.profile=test,pg)")
class DatabaseFaultTest {

    /** With the response cache, as in production: a cached answer must not be served when the version is unknown. */
    public static class CacheOn implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("%test.ledger.cache.enabled", "true");
        }
    }

    private static final String CACHED = "{ costScopes { code } models(first: 5) { nodes { key } } }";

    private static final int CLAIMS = 5;

    @ConfigProperty(name = "quarkus.datasource.jdbc.url")
    String url;

    private final Map<String, Integer> loads = new ConcurrentHashMap<>();
    private final List<Integer> readiness = new CopyOnWriteArrayList<>();
    private final List<String> reads = new CopyOnWriteArrayList<>();

    private static String bundle(String key) {
        StringBuilder claims = new StringBuilder();
        for (int i = 0; i < CLAIMS; i++) {
            claims.append(i == 0 ? "" : ",")
                    .append("{\"key\": \"%s-c%d\", \"source\": \"%s-s\", \"model\": \"%s-m\", \"quote\": \"q\","
                            .formatted(key, i, key, key))
                    .append(" \"amountUsd\": 1000, \"included\": [\"FINAL_TRAINING_RUN\"]}");
        }
        return """
                {"organizations": [{"key": "%1$s-o", "name": "O"}],
                 "models": [{"key": "%1$s-m", "name": "M", "organization": "%1$s-o"}],
                 "sources": [{"key": "%1$s-s", "title": "S", "kind": "PRESS"}],
                 "claims": [%2$s]}""".formatted(key, claims);
    }

    @Test
    void theServiceRidesOutADatabaseOutage() throws Exception {
        String database = database();
        GraphQL.data(CACHED); // now in the cache
        AtomicBoolean running = new AtomicBoolean(true);
        AtomicInteger sequence = new AtomicInteger();
        ExecutorService clients = Executors.newFixedThreadPool(5);
        clients.submit(() -> repeat(running, () -> {
            String key = "fault-" + sequence.incrementAndGet();
            loads.put(key, Researcher.post(bundle(key)).extract().statusCode());
        }));
        clients.submit(() -> repeat(running, () -> {
            String key = "fault-" + sequence.incrementAndGet();
            loads.put(key, Researcher.post(bundle(key)).extract().statusCode());
        }));
        clients.submit(() -> repeat(running, () -> {
            JsonPath read = new JsonPath(
                    GraphQL.post("{ models(first: 20) { nodes { key claims { key flags { code } } } } }", Map.of())
                            .extract()
                            .asString());
            reads.add(read.getString("errors") == null ? "ok" : read.getString("errors[0].extensions.code"));
        }));
        clients.submit(() -> repeat(running, () -> {
            readiness.add(given().get("/q/health/ready").statusCode());
            pause(100);
        }));
        try (Connection admin = DriverManager.getConnection(adminUrl(), "postgres", "postgres");
                Statement sql = admin.createStatement()) {
            pause(1500);
            try {
                sql.execute("ALTER DATABASE " + database + " ALLOW_CONNECTIONS false");
                sql.execute("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '" + database
                        + "' AND pid <> pg_backend_pid()");
                pause(500);
                everyPathAnswersDatabaseUnavailable();
                pause(3000);
            } finally {
                sql.execute("ALTER DATABASE " + database + " ALLOW_CONNECTIONS true");
            }
            awaitReady(Duration.ofSeconds(30));
            pause(2000);
        } finally {
            running.set(false);
            clients.shutdown();
            assertThat(clients.awaitTermination(60, TimeUnit.SECONDS)).isTrue();
        }

        assertThat(readiness).contains(503).endsWith(200);
        assertThat(reads).contains("ok", "DATABASE_UNAVAILABLE").containsOnly("ok", "DATABASE_UNAVAILABLE");
        assertThat(loads.values()).contains(200).allMatch(status -> status == 200 || status == 503);
        System.out.printf(
                "Database outage: %d loads (%d answered 200), %d reads (%d DATABASE_UNAVAILABLE), readiness DOWN in %d"
                        + " of %d probes%n",
                loads.size(),
                loads.values().stream().filter(status -> status == 200).count(),
                reads.size(),
                reads.stream().filter("DATABASE_UNAVAILABLE"::equals).count(),
                readiness.stream().filter(status -> status == 503).count(),
                readiness.size());
        for (Map.Entry<String, Integer> load : loads.entrySet()) {
            int stored = storedClaims(load.getKey());
            assertThat(stored)
                    .as(load.getKey() + " answered " + load.getValue())
                    .isIn(0, CLAIMS);
            if (load.getValue() == 200) {
                assertThat(stored).as(load.getKey()).isEqualTo(CLAIMS);
            }
        }
        assertThat(GraphQL.data("{ costScopes { code } }").getList("costScopes"))
                .hasSize(5);
        Researcher.post(bundle("fault-after")).statusCode(200);
    }

    /** While no connection can be had: GraphQL (a cached query too), REST loads and downloads, readiness. */
    private void everyPathAnswersDatabaseUnavailable() {
        String graphql =
                GraphQL.post(CACHED, Map.of()).statusCode(200).extract().asString();
        assertThat(new JsonPath(graphql).getString("errors[0].extensions.code")).isEqualTo("DATABASE_UNAVAILABLE");
        assertThat(graphql).doesNotContain("\"data\":{");

        String load = Researcher.post(bundle("fault-during"))
                .statusCode(503)
                .extract()
                .asString();
        assertThat(new JsonPath(load).getString("code")).isEqualTo("DATABASE_UNAVAILABLE");

        String export =
                given().get("/bundles/export").then().statusCode(503).extract().asString();
        assertThat(new JsonPath(export).getString("code")).isEqualTo("DATABASE_UNAVAILABLE");

        String ready =
                given().get("/q/health/ready").then().statusCode(503).extract().asString();
        assertThat(new JsonPath(ready).getString("checks[0].data.error")).isEqualTo("database unavailable");
        assertThat(ready).doesNotContainIgnoringCase("fatal").doesNotContain(database());
    }

    private String database() {
        return URI.create(url.substring("jdbc:".length())).getPath().substring(1);
    }

    private String adminUrl() {
        return url.substring(0, url.lastIndexOf('/') + 1) + "postgres";
    }

    private static int storedClaims(String key) {
        JsonPath data = GraphQL.data("""
                { claims(filter: {model: "%1$s-m"}) { totalCount } model(key: "%1$s-m") { key }
                  organization(key: "%1$s-o") { key } }""".formatted(key));
        int claims = data.getInt("claims.totalCount");
        boolean model = data.getString("model") != null;
        boolean organization = data.getString("organization") != null;
        assertThat(model).as(key + " model stored with its claims").isEqualTo(claims > 0);
        assertThat(organization)
                .as(key + " organization stored with its claims")
                .isEqualTo(claims > 0);
        return claims;
    }

    private void awaitReady(Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (given().get("/q/health/ready").statusCode() == 200) {
                return;
            }
            pause(200);
        }
        throw new AssertionError("not ready again within " + timeout);
    }

    private static void repeat(AtomicBoolean running, Runnable action) {
        while (running.get()) {
            try {
                action.run();
            } catch (RuntimeException connectionTrouble) {
                pause(50); // the client's own connection failed; the next round tries again
            }
        }
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
