package io.costledger.graphql;

import static org.assertj.core.api.Assertions.assertThat;

import graphql.ExecutionInput;
import graphql.execution.preparsed.PreparsedDocumentEntry;
import graphql.schema.GraphQLSchema;
import graphql.schema.idl.RuntimeWiring;
import graphql.schema.idl.SchemaGenerator;
import graphql.schema.idl.SchemaParser;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The registrations of automatic persisted queries are bounded by bytes: a flood of new documents, each registered
 * once, evicts registrations and keeps the memory they take under the bound.
 */
class PersistedQueryBoundTest {

    private static final GraphQLSchema SCHEMA = new SchemaGenerator()
            .makeExecutableSchema(
                    new SchemaParser().parse("type Query { a(n: Int): Int }"), RuntimeWiring.MOCKED_WIRING);

    private static final TrustedDocuments.Settings NOTHING_TRUSTED = new TrustedDocuments.Settings() {
        @Override
        public boolean enabled() {
            return false;
        }

        @Override
        public Optional<List<Path>> files() {
            return Optional.empty();
        }

        @Override
        public List<String> always() {
            return List.of();
        }
    };

    @Test
    void aFloodOfRegistrationsStaysWithinTheBytesAndKeepsTheDocumentsInUse() {
        DocumentCache parsed = new DocumentCache(SCHEMA, 1024 * 1024);
        PersistedQueries persisted = new PersistedQueries(64 * 1024, new TrustedDocuments(NOTHING_TRUSTED), parsed);
        ApolloPersistedQueries support = new ApolloPersistedQueries(persisted, parsed);
        String padding = "# " + "x".repeat(400) + "\n";
        String dashboard = "{ a(n: -1) }";
        register(support, dashboard);

        for (int i = 0; i < 2_000; i++) {
            String query = padding + "{ a(n: " + i + ") }";
            PreparsedDocumentEntry entry = register(support, query);
            assertThat(entry.hasErrors()).isFalse();
            if (i % 10 == 0) { // the dashboard polls on through the flood, by hash alone
                assertThat(send(support, "", TrustedDocuments.sha256Of(dashboard))
                                .hasErrors())
                        .as("the dashboard's document is still known after %d registrations", i)
                        .isFalse();
            }
        }

        // each registration weighs 2 x (64 + 420) + 96 bytes: at most 67 fit in 64 KiB
        assertThat(persisted.registrations()).isBetween(1L, 67L);
        assertThat(persisted.text(TrustedDocuments.sha256Of(dashboard)))
                .as("a dashboard's document in use outlives documents registered once each")
                .isEqualTo(dashboard);
    }

    private static PreparsedDocumentEntry register(ApolloPersistedQueries support, String query) {
        return send(support, query, TrustedDocuments.sha256Of(query));
    }

    private static PreparsedDocumentEntry send(ApolloPersistedQueries support, String query, String hash) {
        ExecutionInput input = ExecutionInput.newExecutionInput()
                .query(query)
                .extensions(java.util.Map.of("persistedQuery", java.util.Map.of("version", 1, "sha256Hash", hash)))
                .build();
        return support.getDocumentAsync(input, null).join();
    }
}
