package io.costledger.ops;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * What can be checked of docker-compose.yml without a Docker engine (ops/ci-stacks.sh runs it for real): nothing
 * Compose 1.29 or v2 rejects, every image built from a Dockerfile of src/main/docker, the health checks, the start
 * order, the port on 127.0.0.1 unless told otherwise, environment names the service understands, and no secret written
 * into the file.
 */
class ComposeFileTest {

    private static final Pattern FROM_ENVIRONMENT = Pattern.compile("\\$\\{[A-Z_]+(:[?-][^}]*)?}");
    private static JsonNode compose;

    @BeforeAll
    static void read() throws IOException {
        compose = new ObjectMapper(new YAMLFactory())
                .readTree(Path.of("docker-compose.yml").toFile());
    }

    @Test
    void nothingComposeOneOrTwoRejects() {
        assertThat(compose.has("version")).as("version: is obsolete in v2").isFalse();
        assertThat(compose.has("name"))
                .as("a top-level name: is refused by Compose 1.29")
                .isFalse();
        for (Map.Entry<String, JsonNode> service : iterable(compose.path("services"))) {
            String dockerfile = service.getValue().at("/build/dockerfile").asText();
            assertThat(dockerfile).as(service.getKey() + " is built here").startsWith("src/main/docker/Dockerfile.");
            assertThat(Files.exists(Path.of(dockerfile))).isTrue();
        }
    }

    @Test
    void postgres15WithANamedVolumeAndAHealthCheck() throws IOException {
        JsonNode db = compose.at("/services/db");

        assertThat(db.at("/build/dockerfile").asText()).isEqualTo("src/main/docker/Dockerfile.postgres");
        assertThat(Files.readString(Path.of("src/main/docker/Dockerfile.postgres")))
                .contains("postgresql-15");
        String volume = db.at("/volumes/0").asText();
        assertThat(volume).endsWith(":/var/lib/postgresql/data");
        assertThat(compose.at("/volumes").has(volume.substring(0, volume.indexOf(':'))))
                .isTrue();
        assertThat(db.at("/healthcheck/test").toString()).contains("pg_isready");
    }

    @Test
    void theServiceIsBuiltFromTheJvmDockerfileAndWaitsForAHealthyDatabase() {
        JsonNode ledger = compose.at("/services/ledger");

        assertThat(ledger.at("/build/dockerfile").asText()).isEqualTo("src/main/docker/Dockerfile.jvm");
        assertThat(Files.exists(Path.of(ledger.at("/build/dockerfile").asText())))
                .isTrue();
        assertThat(ledger.at("/depends_on/db/condition").asText()).isEqualTo("service_healthy");
        assertThat(ledger.at("/healthcheck/test").toString()).contains("/q/health/ready");
        assertThat(ledger.at("/ports/0").asText()).isEqualTo("${LEDGER_BIND:-127.0.0.1}:${LEDGER_PORT:-8080}:8080");
    }

    @Test
    void theServiceIsConfiguredOnlyByTheSettingsItDocuments() throws IOException {
        JsonNode environment = compose.at("/services/ledger/environment");
        List<String> names = new ArrayList<>();
        environment.fieldNames().forEachRemaining(names::add);
        String readme = Files.readString(Path.of("README.md"));
        String properties = Files.readString(Path.of("src/main/resources/application.properties"));

        assertThat(names)
                .containsExactlyInAnyOrder(
                        "QUARKUS_DATASOURCE_JDBC_URL",
                        "QUARKUS_DATASOURCE_USERNAME",
                        "QUARKUS_DATASOURCE_PASSWORD",
                        "QUARKUS_HTTP_PORT",
                        "LEDGER_RESEARCHER_PASSWORD",
                        "LEDGER_REFERENCE_DATA_ENABLED");
        for (String name : names) {
            assertThat(readme).as("README settings table").contains("| `" + name + "` |");
            if (name.startsWith("LEDGER_")) {
                String property = name.toLowerCase().replace('_', '.').replace("reference.data", "reference-data");
                assertThat(properties + ledgerMappings())
                        .as("a setting of the service")
                        .contains(property);
            }
        }
        assertThat(environment.path("QUARKUS_DATASOURCE_JDBC_URL").asText()).startsWith("jdbc:postgresql://db:5432/");
    }

    /** The LEDGER_ settings that are @ConfigMapping interfaces rather than lines of application.properties. */
    private static String ledgerMappings() throws IOException {
        return Files.readString(Path.of("src/main/java/io/costledger/security/ResearcherConfig.java"))
                .replace("prefix = \"ledger.researcher\"", "ledger.researcher.password");
    }

    @Test
    void noSecretIsWrittenIntoTheFile() {
        for (Map.Entry<String, JsonNode> service : iterable(compose.path("services"))) {
            for (Map.Entry<String, JsonNode> variable :
                    iterable(service.getValue().path("environment"))) {
                if (variable.getKey().contains("PASSWORD") || variable.getKey().contains("SECRET")) {
                    assertThat(variable.getValue().asText())
                            .as(service.getKey() + " " + variable.getKey())
                            .matches(FROM_ENVIRONMENT);
                }
            }
        }
    }

    private static Iterable<Map.Entry<String, JsonNode>> iterable(JsonNode node) {
        return node::fields;
    }
}
