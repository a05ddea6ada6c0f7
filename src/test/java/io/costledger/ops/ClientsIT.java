package io.costledger.ops;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The GraphQL clients dashboards use, against the packaged service on PostgreSQL with the reference data: Apollo
 * Client, urql and graphql-request in Node, the GraphQL UI and another site's urql page in Chromium, and the
 * graphql-http audit of the GraphQL-over-HTTP rules. The programs are in {@code src/test/clients}; their npm packages
 * are pinned by its lockfile and installed with {@code npm ci}. Runs once, in the first suite.
 */
class ClientsIT {

    private static final int PORT = 8398;
    private static final String DATABASE = "ledger_clients";
    private static final String PASSWORD = "clients-suite";
    private static final Path CLIENTS = Path.of("src", "test", "clients");
    private static PackagedService service;

    @BeforeAll
    static void start() throws Exception {
        service = PackagedService.start(PORT, DATABASE, PASSWORD, List.of(), Map.of());
    }

    @AfterAll
    static void stop() throws Exception {
        if (service != null) {
            service.close();
        }
    }

    @Test
    void everyClientGetsItsAnswers() throws Exception {
        run(List.of("npm", "ci", "--no-audit", "--no-fund"), Duration.ofMinutes(5), "npm-ci.log");

        int exit = run(
                List.of("node", "--test", "--test-concurrency=1", "--test-reporter=spec", "test/"),
                Duration.ofMinutes(5),
                "clients.log");

        assertThat(exit)
                .as("the client programs (their output: target/clients.log)\n"
                        + Files.readString(Path.of("target", "clients.log")))
                .isZero();
    }

    private static int run(List<String> command, Duration limit, String log) throws Exception {
        ProcessBuilder builder = new ProcessBuilder(command)
                .directory(CLIENTS.toFile())
                .redirectErrorStream(true)
                .redirectOutput(Path.of("target", log).toAbsolutePath().toFile());
        builder.environment().put("LEDGER_URL", "http://127.0.0.1:" + PORT);
        builder.environment().put("LEDGER_RESEARCHER_PASSWORD", PASSWORD);
        builder.environment().put("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1");
        Process process;
        try {
            process = builder.start();
        } catch (IOException missing) {
            throw new IllegalStateException(
                    "The client suite needs Node.js 20 and npm on the PATH (" + command.get(0)
                            + " could not be started)",
                    missing);
        }
        if (!process.waitFor(limit.toSeconds(), TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError(command + " ran past " + limit + "; its output is in target/" + log);
        }
        assertThat(process.exitValue() == 0 || !command.get(0).equals("npm"))
                .as("npm ci (its output: target/" + log + ")")
                .isTrue();
        return process.exitValue();
    }
}
