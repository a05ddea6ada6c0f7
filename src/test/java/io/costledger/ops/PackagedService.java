package io.costledger.ops;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;

/**
 * The packaged service ({@code target/quarkus-app}) in a process of its own, on a fresh PostgreSQL database of the
 * local server, for the tests that need what ships: it runs once, in the first suite (the package is the same in
 * both).
 */
final class PackagedService implements AutoCloseable {

    private final Process process;
    private final String database;

    private PackagedService(Process process, String database) {
        this.process = process;
        this.database = database;
    }

    /**
     * Starts the service on {@code port} and a fresh {@code database}, with the researcher's {@code password}, these
     * JVM options and these settings besides, and waits until it is ready.
     */
    static PackagedService start(
            int port, String database, String password, List<String> jvmOptions, Map<String, String> settings)
            throws Exception {
        Assumptions.assumeFalse(
                String.valueOf(System.getProperty("quarkus.test.profile")).contains("pg"),
                "runs once, in the first suite: the packaged service is the same in both");
        sql("drop database if exists " + database + " with (force)", "create database " + database);
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        command.addAll(List.of("-jar", "target/quarkus-app/quarkus-run.jar"));
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(Path.of("target", database + "-service.log").toFile());
        builder.environment().put("QUARKUS_HTTP_PORT", String.valueOf(port));
        builder.environment().put("QUARKUS_DATASOURCE_JDBC_URL", "jdbc:postgresql://127.0.0.1:5432/" + database);
        builder.environment().put("QUARKUS_DATASOURCE_USERNAME", "postgres");
        builder.environment().put("QUARKUS_DATASOURCE_PASSWORD", "postgres");
        builder.environment().put("LEDGER_RESEARCHER_PASSWORD", password);
        builder.environment().put("QUARKUS_LOG_LEVEL", "WARN");
        builder.environment().putAll(settings);
        PackagedService service = new PackagedService(builder.start(), database);
        HttpClient http = HttpClient.newHttpClient();
        for (int i = 0; i < 120 && ready(http, port) != 200; i++) {
            Thread.sleep(500);
        }
        assertThat(ready(http, port))
                .as("the service started (target/" + database + "-service.log)")
                .isEqualTo(200);
        return service;
    }

    boolean isAlive() {
        return process.isAlive();
    }

    @Override
    public void close() throws Exception {
        process.destroy();
        process.waitFor();
        sql("drop database if exists " + database + " with (force)");
    }

    private static int ready(HttpClient http, int port) {
        try {
            return http.send(
                            HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/q/health/ready"))
                                    .build(),
                            HttpResponse.BodyHandlers.discarding())
                    .statusCode();
        } catch (IOException notYet) {
            return 0;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 0;
        }
    }

    private static void sql(String... statements) throws SQLException {
        try (Connection connection = DriverManager.getConnection(
                        "jdbc:postgresql://127.0.0.1:5432/postgres", "postgres", "postgres");
                var statement = connection.createStatement()) {
            for (String sql : statements) {
                statement.execute(sql);
            }
        }
    }
}
