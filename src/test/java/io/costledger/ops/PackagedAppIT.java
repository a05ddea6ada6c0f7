package io.costledger.ops;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** After packaging: every file of target/quarkus-app lies under a folder or pattern the Dockerfile copies. */
class PackagedAppIT {

    private static final Path APP = Path.of("target", "quarkus-app");

    @Test
    void theImageReceivesEveryFileThePackagedAppHas() throws IOException {
        String dockerfile = Files.readString(Path.of("src/main/docker/Dockerfile.jvm"));
        assertThat(APP.resolve("quarkus-run.jar")).exists();

        try (Stream<Path> files = Files.walk(APP)) {
            List<String> uncopied = files.filter(Files::isRegularFile)
                    .map(file -> APP.relativize(file).toString().replace('\\', '/'))
                    .filter(file -> !file.equals("quarkus-app-dependencies.txt"))
                    .filter(file -> !copied(dockerfile, file))
                    .toList();
            assertThat(uncopied).isEmpty();
        }
    }

    private static boolean copied(String dockerfile, String file) {
        int slash = file.indexOf('/');
        if (slash < 0) {
            return file.endsWith(".jar") && dockerfile.contains("COPY --chown=185 target/quarkus-app/*.jar ");
        }
        return dockerfile.contains("COPY --chown=185 target/quarkus-app/" + file.substring(0, slash + 1) + " ");
    }
}
