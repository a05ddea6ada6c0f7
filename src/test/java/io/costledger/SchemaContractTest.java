package io.costledger;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import graphql.schema.GraphQLSchema;
import graphql.schema.diff.DiffEvent;
import graphql.schema.diff.SchemaDiff;
import graphql.schema.diff.SchemaDiffSet;
import graphql.schema.diff.reporting.CapturingReporter;
import graphql.schema.idl.SchemaParser;
import graphql.schema.idl.TypeDefinitionRegistry;
import graphql.schema.idl.UnExecutableSchemaGenerator;
import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The schema the service serves never breaks the public contract in ../shared/contract/schema.graphql. */
@QuarkusTest
class SchemaContractTest {

    static final Path CONTRACT = Path.of("..", "shared", "contract", "schema.graphql");

    @Test
    void servedSchemaHasNoBreakingOrDangerousChangeAgainstTheContract() throws IOException {
        String served = given().get("/graphql/schema.graphql")
                .then()
                .statusCode(200)
                .extract()
                .asString();
        TypeDefinitionRegistry contract = new SchemaParser().parse(Files.readString(CONTRACT));

        CapturingReporter reporter = new CapturingReporter();
        new SchemaDiff().diffSchema(SchemaDiffSet.diffSetFromSdl(schema(contract), schema(served)), reporter);

        assertThat(describe(reporter.getBreakages())).isEmpty();
        assertThat(describe(reporter.getDangers())).isEmpty();
    }

    private static GraphQLSchema schema(String sdl) {
        return schema(new SchemaParser().parse(sdl));
    }

    private static GraphQLSchema schema(TypeDefinitionRegistry types) {
        return UnExecutableSchemaGenerator.makeUnExecutableSchema(types);
    }

    private static List<String> describe(List<DiffEvent> events) {
        return events.stream()
                .map(event -> event.getCategory() + " " + event.getTypeName() + "." + event.getFieldName() + ": "
                        + event.getReasonMsg())
                .toList();
    }
}
