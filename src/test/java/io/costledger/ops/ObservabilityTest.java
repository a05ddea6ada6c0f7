package io.costledger.ops;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;

import io.costledger.GraphQL;
import io.costledger.PageDocuments;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.Test;

/** Health, Prometheus metrics per GraphQL operation, and one log line per GraphQL request. */
@QuarkusTest
class ObservabilityTest {

    /** The version of the newest migration this build ships: SQL in db/migration, Java in src/main/java/db/migration. */
    private static String newestMigration() throws java.io.IOException {
        int newest = 0;
        for (var directory : java.util.List.of(
                java.nio.file.Path.of("db", "migration"),
                java.nio.file.Path.of("src", "main", "java", "db", "migration"))) {
            try (var files = java.nio.file.Files.list(directory)) {
                newest = Math.max(
                        newest,
                        files.map(file -> file.getFileName().toString())
                                .filter(name -> name.matches("V\\d+__.*\\.(sql|java)"))
                                .mapToInt(name -> Integer.parseInt(name.substring(1, name.indexOf("__"))))
                                .max()
                                .orElse(0));
            }
        }
        return String.valueOf(newest);
    }

    @Test
    void livenessAndReadinessAreUpWithTheDatabaseAndTheMigrations() throws java.io.IOException {
        given().get("/q/health/live").then().statusCode(200).body("status", equalTo("UP"));
        given().get("/q/health/ready")
                .then()
                .statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", containsInAnyOrder("Database schema migrations"))
                .body("checks.find { it.name == 'Database schema migrations' }.data.pending", equalTo(0))
                .body(
                        "checks.find { it.name == 'Database schema migrations' }.data.schemaVersion",
                        equalTo(newestMigration()));
    }

    private static double count(String metrics, String series) {
        return metrics.lines()
                .filter(line -> line.startsWith(series + " "))
                .mapToDouble(line -> Double.parseDouble(line.substring(series.length() + 1)))
                .sum();
    }

    private static void page(String operation) {
        given().contentType("application/json")
                .body(Map.of(
                        "query",
                        PageDocuments.text(),
                        "operationName",
                        operation,
                        "variables",
                        Map.of("key", "deepseek-v3-total")))
                .post("/graphql")
                .then()
                .statusCode(200)
                .body("errors", org.hamcrest.Matchers.nullValue());
    }

    @Test
    void everyRequestIsCountedAndTimedByOperationAndLoggedOnce() {
        List<LogRecord> lines = new CopyOnWriteArrayList<>();
        Handler capture = new Handler() {
            @Override
            public void publish(LogRecord record) {
                lines.add(record);
            }

            @Override
            public void flush() {}

            @Override
            public void close() {}
        };
        Logger logger = Logger.getLogger("io.costledger.graphql");
        Level level = logger.getLevel();
        logger.setLevel(Level.INFO); // the test profile logs only warnings of io.costledger
        logger.addHandler(capture);
        String claim = "ledger_graphql_requests_seconds_count{operation=\"Claim\",outcome=\"ok\",type=\"query\"}";
        double before = count(given().get("/q/metrics").then().extract().asString(), claim);
        try {
            page("Claim");
            page("Claim");
            GraphQL.data("query MetricsProbe { costScopes { code } }"); // not trusted: counted as "other"
            GraphQL.post("query MetricsProbeFails { nope }", Map.of());
        } finally {
            logger.removeHandler(capture);
            logger.setLevel(level);
        }

        String metrics =
                given().get("/q/metrics").then().statusCode(200).extract().asString();
        assertThat(metrics)
                .contains("ledger_graphql_requests_seconds_sum{operation=\"Claim\",outcome=\"ok\"," + "type=\"query\"}")
                .contains("ledger_graphql_requests_seconds_count{operation=\"other\",outcome=\"ok\",type=\"query\"}")
                .doesNotContain("MetricsProbe")
                .contains(
                        "ledger_graphql_requests_seconds_count{operation=\"invalid\",outcome=\"rejected\",type=\"unknown\"}")
                .doesNotContain("MetricsProbeFails");
        assertThat(count(metrics, claim) - before).isEqualTo(2.0);
        List<String> messages = lines.stream()
                .map(record -> String.format(record.getMessage(), record.getParameters()))
                .filter(message -> message.startsWith("GraphQL "))
                .toList();
        assertThat(messages).hasSize(4);
        assertThat(messages.get(0)).matches("GraphQL query Claim: ok in \\d+\\.\\d ms");
        assertThat(messages.get(2)).matches("GraphQL query other: ok in \\d+\\.\\d ms");
        assertThat(messages.get(3)).matches("GraphQL unknown invalid: rejected in \\d+\\.\\d ms");
    }
}
