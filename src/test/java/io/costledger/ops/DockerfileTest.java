package io.costledger.ops;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The JVM image takes everything the packaged application (target/quarkus-app) needs to run. */
class DockerfileTest {

    @Test
    void copiesTheWholeFastJarLayoutAndRunsIt() throws IOException {
        List<String> lines = Files.readAllLines(Path.of("src/main/docker/Dockerfile.jvm")).stream()
                .map(String::trim)
                .filter(line -> !line.startsWith("#") && !line.isEmpty())
                .toList();

        assertThat(lines.get(0)).startsWith("FROM ").contains("openjdk-17");
        assertThat(lines)
                .contains(
                        "COPY --chown=185 target/quarkus-app/lib/ /deployments/lib/",
                        "COPY --chown=185 target/quarkus-app/*.jar /deployments/",
                        "COPY --chown=185 target/quarkus-app/app/ /deployments/app/",
                        "COPY --chown=185 target/quarkus-app/quarkus/ /deployments/quarkus/",
                        "EXPOSE 8080");
        assertThat(String.join("\n", lines)).contains("JAVA_APP_JAR=\"/deployments/quarkus-run.jar\"");
    }
}
