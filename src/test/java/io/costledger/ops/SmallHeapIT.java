package io.costledger.ops;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The packaged service, started with a heap of 128 MB (and {@code -XX:+ExitOnOutOfMemoryError}, so that running out
 * of memory cannot pass unnoticed) and a cache of 4 MB, against PostgreSQL: the requests that used to take a service
 * down for good are answered, and the service answers on. Runs once, in the first suite (the packaged service is
 * the same in both).
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SmallHeapIT {

    private static final int PORT = 8397;
    private static final String DATABASE = "ledger_small_heap";
    private static final String PASSWORD = "small-heap";
    private static final HttpClient HTTP = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();
    private static PackagedService service;

    @BeforeAll
    static void start() throws Exception {
        service = PackagedService.start(
                PORT,
                DATABASE,
                PASSWORD,
                List.of("-Xmx128m", "-XX:+ExitOnOutOfMemoryError"),
                Map.of("LEDGER_CACHE_MAX_BYTES", String.valueOf(4 * 1024 * 1024)));
        assertThat(load(ledger()).statusCode()).isEqualTo(200);
    }

    @AfterAll
    static void stop() throws Exception {
        if (service != null) {
            service.close();
        }
    }

    /** 200 models with 10 claims each, every claim with a quote of 4,500 characters: 9 MB of quotes,
     * just under the 10 MiB a request body may have. */
    private static String ledger() {
        String quote = "q".repeat(4_500);
        String models = IntStream.range(0, 200)
                .mapToObj(m -> "{\"key\": \"heap-m" + m + "\", \"name\": \"M\", \"organization\": \"heap-org\"}")
                .collect(Collectors.joining(", "));
        String claims = IntStream.range(0, 2000)
                .mapToObj(c -> "{\"key\": \"heap-c" + c + "\", \"source\": \"heap-src\", \"model\": \"heap-m" + (c / 10)
                        + "\", \"quote\": \"" + quote + "\", \"amountUsd\": " + (c + 1) + ", \"included\": [\"DATA\"]"
                        + (c % 10 == 0 ? "" : ", \"cites\": \"heap-c" + (c - c % 10) + "\"") + "}")
                .collect(Collectors.joining(", "));
        return "{\"organizations\": [{\"key\": \"heap-org\", \"name\": \"Heap\"}], \"sources\": [{\"key\": \"heap-src\","
                + " \"title\": \"S\", \"kind\": \"PRESS\"}], \"models\": [" + models + "], \"claims\": [" + claims
                + "]}";
    }

    @Test
    @Order(1)
    void aFanOutOfClaimsThroughTheirOrganizationIsRefusedBeforeItRuns() throws Exception {
        String fanOut =
                "{ organization(key: \\\"heap-org\\\") { claims { key organization { claims { key organization {"
                        + " claims { key organization { claims { key organization { claims { key organization { claims { key"
                        + " } } } } } } } } } } } } }";
        for (int i = 0; i < 20; i++) {
            HttpResponse<String> answer = graphql("{\"query\": \"" + fanOut + "\"}");
            assertThat(answer.statusCode()).isEqualTo(200);
            assertThat(answer.body()).contains("\"code\":\"QUERY_TOO_COMPLEX\"");
        }
        stillAnswers();
    }

    @Test
    @Order(2)
    void distinctHeavyQueriesNeitherRunNorFillTheCache() throws Exception {
        for (int i = 0; i < 16; i++) {
            String query = "# variant " + i + "\\n{ organization(key: \\\"heap-org\\\") { claims { key organization {"
                    + " claims { key organization { claims { key organization { claims { key } } } } } } } } }";
            assertThat(graphql("{\"query\": \"" + query + "\"}").body()).contains("QUERY_TOO_COMPLEX");
        }
        stillAnswers();
    }

    @Test
    @Order(3)
    void aHugeVariableIsAnsweredAndNeverKept() throws Exception {
        String huge = "k".repeat(9_400_000);
        for (int i = 0; i < 17; i++) {
            HttpResponse<String> answer = graphql("{\"query\": \"query M($k: String!) { model(key: $k) { key } }\","
                    + " \"variables\": {\"k\": \"" + huge + i + "\"}}");
            assertThat(answer.statusCode()).isEqualTo(200);
            assertThat(answer.body()).isEqualTo("{\"data\":{\"model\":null}}");
        }
        stillAnswers();
    }

    @Test
    @Order(4)
    void anAnswerLargerThanTheLimitIsRefusedWhileItIsWritten() throws Exception {
        String aliases =
                IntStream.range(0, 30).mapToObj(i -> "q" + i + ": quote").collect(Collectors.joining(" "));
        for (int i = 0; i < 10; i++) {
            HttpResponse<String> answer =
                    graphql("{\"query\": \"{ claims(first: 500) { nodes { key " + aliases + " } } }\"}");
            assertThat(answer.body())
                    .contains("\"code\":\"RESPONSE_TOO_LARGE\"")
                    .hasSizeLessThan(1000);
        }
        stillAnswers();
    }

    @Test
    @Order(5)
    void theCacheKeepsWithinItsBudgetWhateverItIsAsked() throws Exception {
        for (int i = 0; i < 60; i++) {
            String query = "{ claims(first: 50, after: \\\"" + cursor(i) + "\\\") { nodes { key quote } } }";
            assertThat(graphql("{\"query\": \"" + query + "\"}").body()).doesNotContain("errors");
        }
        String metrics = get("/q/metrics").body();
        double size = metric(metrics, "cache_size{cache=\"ledger.responses\"}");
        double evictions = metric(metrics, "cache_evictions_total{cache=\"ledger.responses\"}");
        assertThat(evictions).isPositive();
        assertThat(size).isLessThan(60);
        stillAnswers();
    }

    @Test
    @Order(6)
    void thePackagedServiceServesTheWebPageAndEveryFileItNames() throws Exception {
        HttpResponse<String> page = get("/models/heap-m1");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Content-Security-Policy"))
                .hasValueSatisfying(policy ->
                        assertThat(policy).startsWith("default-src 'none'; script-src 'self'; style-src 'self';"));
        assertThat(get("/models/no-such-model").statusCode()).isEqualTo(404);

        // the page's own files and Chart.js from its webjar, and every module the scripts import
        java.util.Deque<String> files = new java.util.ArrayDeque<>();
        java.util.regex.Matcher named = java.util.regex.Pattern.compile("(?:src|href)=\"(/(?:app|webjars)/[^\"]+)\"")
                .matcher(page.body());
        while (named.find()) {
            files.add(named.group(1));
        }
        assertThat(files)
                .anyMatch(file -> file.startsWith("/webjars/chart.js/"))
                .contains("/app/ledger.js");
        java.util.Set<String> served = new java.util.TreeSet<>();
        while (!files.isEmpty()) {
            String file = files.pop();
            if (!served.add(file)) {
                continue;
            }
            HttpResponse<String> answer = get(file);
            assertThat(answer.statusCode()).as(file).isEqualTo(200);
            if (file.startsWith("/app/") && file.endsWith(".js")) {
                java.util.regex.Matcher imported = java.util.regex.Pattern.compile("from '\\./([a-z]+\\.js)'")
                        .matcher(answer.body());
                while (imported.find()) {
                    files.add("/app/" + imported.group(1));
                }
                java.util.regex.Matcher fetched = java.util.regex.Pattern.compile("fetch\\('(/app/[a-z.]+)'\\)")
                        .matcher(answer.body());
                while (fetched.find()) {
                    files.add(fetched.group(1));
                }
            }
        }
        assertThat(served)
                .contains(
                        "/app/api.js",
                        "/app/charts.js",
                        "/app/home.js",
                        "/app/model.js",
                        "/app/ledger.css",
                        "/app/documents.graphql");
    }

    @Test
    @Order(7)
    void modelsWithTheirLineageOfAThousandDownloadConcurrentlyWithinTheHeap() throws Exception {
        StringBuilder models = new StringBuilder();
        StringBuilder claims = new StringBuilder();
        for (int m = 0; m < 1_000; m++) {
            models.append(m == 0 ? "" : ", ")
                    .append("{\"key\": \"deep-m%04d\", \"name\": \"D\", \"organization\": \"heap-org\"".formatted(m))
                    .append(m == 0 ? "}" : ", \"baseModel\": \"deep-m%04d\"}".formatted(m - 1));
            claims.append(m == 0 ? "" : ", ")
                    .append(("{\"key\": \"deep-c%04d\", \"source\": \"heap-src\", \"model\": \"deep-m%04d\","
                                    + " \"quote\": \"q\", \"gpuHours\": 10, \"hardware\": \"h100-80gb\","
                                    + " \"included\": [\"FINAL_TRAINING_RUN\"]}")
                            .formatted(m, m));
        }
        assertThat(load("{\"models\": [" + models + "], \"claims\": [" + claims + "]}")
                        .statusCode())
                .isEqualTo(200);

        java.util.List<java.util.concurrent.CompletableFuture<HttpResponse<String>>> downloads = IntStream.range(0, 4)
                .mapToObj(i -> HTTP.sendAsync(
                        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + PORT
                                        + "/models.csv?scope=TRAINING&includeLineage=true&rateKind=ON_DEMAND"
                                        + "&nameContains=d&v=" + i))
                                .timeout(Duration.ofSeconds(120))
                                .build(),
                        HttpResponse.BodyHandlers.ofString()))
                .toList();

        int whole = 0;
        for (var download : downloads) {
            HttpResponse<String> answer = download.get(150, java.util.concurrent.TimeUnit.SECONDS);
            assertThat(answer.statusCode()).isIn(200, 503);
            if (answer.statusCode() == 200) {
                whole++;
                // the last of the chain counts the whole chain: 1,000 claims of 10 H100 hours at USD 12.29
                assertThat(answer.body()).contains("\"deep-m0999\",\"D\",\"heap-org\",,\"TRAINING\",122900,122900,");
                assertThat(answer.body()
                                .lines()
                                .filter(line -> line.startsWith("\"deep-m"))
                                .count())
                        .isEqualTo(1_000);
            } else {
                assertThat(answer.body()).contains("\"code\":\"SERVICE_BUSY\"");
            }
        }
        assertThat(whole).isGreaterThanOrEqualTo(2);
        stillAnswers();
    }

    private static String cursor(int claim) {
        return java.util.Base64.getUrlEncoder()
                .withoutPadding()
                .encodeToString(("key:heap-c" + claim).getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    private static double metric(String metrics, String name) {
        return metrics.lines()
                .filter(line -> line.startsWith(name + " "))
                .mapToDouble(line -> Double.parseDouble(line.substring(name.length() + 1)))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no metric " + name));
    }

    private static void stillAnswers() throws Exception {
        assertThat(service.isAlive()).as("the service is still running").isTrue();
        assertThat(status("/q/health/live")).isEqualTo(200);
        assertThat(graphql("{\"query\": \"{ model(key: \\\"heap-m1\\\") { claims { key } } }\"}")
                        .body())
                .startsWith("{\"data\":{\"model\":{\"claims\":[{\"key\":\"heap-c10\"}");
    }

    private static HttpResponse<String> graphql(String body) throws IOException, InterruptedException {
        return HTTP.send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + PORT + "/graphql"))
                        .header("Content-Type", "application/json")
                        .timeout(Duration.ofSeconds(60))
                        .POST(HttpRequest.BodyPublishers.ofString(body))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> load(String bundle) throws IOException, InterruptedException {
        String credentials = java.util.Base64.getEncoder().encodeToString(("researcher:" + PASSWORD).getBytes());
        return HTTP.send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + PORT + "/bundles"))
                        .header("Content-Type", "application/json")
                        .header("Authorization", "Basic " + credentials)
                        .timeout(Duration.ofSeconds(120))
                        .POST(HttpRequest.BodyPublishers.ofString(bundle))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return HTTP.send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + PORT + path))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static int status(String path) {
        try {
            return get(path).statusCode();
        } catch (IOException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }
}
