package io.costledger;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import graphql.schema.idl.SchemaParser;
import graphql.schema.idl.SchemaPrinter;
import graphql.schema.idl.UnExecutableSchemaGenerator;
import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The schema the service serves is exactly the project's published API, {@code src/test/resources/api/schema.graphql}:
 * every change to the API is a deliberate edit of that file. Both are compared after normalizing the order of types,
 * fields and arguments; descriptions count.
 */
@QuarkusTest
class SchemaContractTest {

    static final String PUBLISHED = "/api/schema.graphql";

    @Test
    void servedSchemaIsThePublishedApi() throws IOException {
        String served = given().get("/graphql/schema.graphql")
                .then()
                .statusCode(200)
                .extract()
                .asString();
        String normalizedServed = normalized(served);
        // what the service serves now, to compare or copy by hand when the API changes on purpose
        Files.writeString(Path.of("target", "served-schema.graphql"), normalizedServed);

        assertThat(normalizedServed).isEqualTo(normalized(published()));
    }

    private static String published() throws IOException {
        try (InputStream in = SchemaContractTest.class.getResourceAsStream(PUBLISHED)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** The schema printed in one canonical form: types, fields and arguments by name. */
    static String normalized(String sdl) {
        return new SchemaPrinter(SchemaPrinter.Options.defaultOptions()
                        .includeScalarTypes(true)
                        .includeSchemaDefinition(false)
                        .includeDirectiveDefinitions(false))
                .print(UnExecutableSchemaGenerator.makeUnExecutableSchema(new SchemaParser().parse(sdl)))
                // a deprecation without a reason of its own is printed with the default one once parsed again
                .replace("@deprecated(reason : \"No longer supported\")", "@deprecated");
    }
}
