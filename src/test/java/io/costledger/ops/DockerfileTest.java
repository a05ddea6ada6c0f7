package io.costledger.ops;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The images are built from Debian's packages on {@code debian:bookworm-slim} (what is tested is what ships), and the
 * service's image takes everything the packaged application (target/quarkus-app) needs to run.
 */
class DockerfileTest {

    private static List<String> instructions(Path dockerfile) throws IOException {
        return Files.readAllLines(dockerfile).stream()
                .map(String::trim)
                .filter(line -> !line.startsWith("#") && !line.isEmpty())
                .toList();
    }

    @Test
    void everyImageStartsFromDebianBookwormSlimAndInstallsDebiansPackages() throws IOException {
        List<Path> dockerfiles;
        try (Stream<Path> files = Files.list(Path.of("src/main/docker"))) {
            dockerfiles = files.filter(file -> file.getFileName().toString().startsWith("Dockerfile"))
                    .sorted()
                    .toList();
        }
        assertThat(dockerfiles)
                .extracting(file -> file.getFileName().toString())
                .contains("Dockerfile.jvm", "Dockerfile.postgres", "Dockerfile.nginx");
        for (Path dockerfile : dockerfiles) {
            List<String> lines = instructions(dockerfile);
            assertThat(lines.get(0)).as(dockerfile.toString()).isEqualTo("FROM debian:bookworm-slim");
            assertThat(lines.stream().filter(line -> line.startsWith("FROM ")))
                    .as(dockerfile.toString())
                    .hasSize(1);
            assertThat(String.join("\n", lines)).as(dockerfile.toString()).contains("apt-get install");
        }
        assertThat(String.join("\n", instructions(Path.of("src/main/docker/Dockerfile.postgres"))))
                .contains("postgresql-15");
    }

    @Test
    void theServiceImageCopiesTheWholeFastJarLayoutAndRunsItOnDebiansJava17() throws IOException {
        List<String> lines = instructions(Path.of("src/main/docker/Dockerfile.jvm"));

        assertThat(String.join("\n", lines)).contains("openjdk-17-jre-headless");
        assertThat(lines)
                .contains(
                        "COPY --chown=185 target/quarkus-app/lib/ /deployments/lib/",
                        "COPY --chown=185 target/quarkus-app/*.jar /deployments/",
                        "COPY --chown=185 target/quarkus-app/app/ /deployments/app/",
                        "COPY --chown=185 target/quarkus-app/quarkus/ /deployments/quarkus/",
                        "EXPOSE 8080",
                        "USER 185");
        assertThat(String.join("\n", lines)).contains("-jar /deployments/quarkus-run.jar");
    }
}
