package io.costledger.graphql;

import com.fasterxml.jackson.databind.ObjectMapper;
import graphql.ExecutionInput;
import graphql.ExecutionResult;
import graphql.GraphQL;
import graphql.execution.AsyncExecutionStrategy;
import graphql.execution.AsyncSerialExecutionStrategy;
import graphql.execution.preparsed.PreparsedDocumentEntry;
import graphql.introspection.GoodFaithIntrospection;
import graphql.schema.GraphQLCodeRegistry;
import graphql.schema.GraphQLSchema;
import graphql.schema.visibility.DefaultGraphqlFieldVisibility;
import io.costledger.limits.Deadline;
import io.costledger.limits.Limits;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.graphql.schema.model.Schema;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.validation.Validator;
import java.util.Map;
import org.dataloader.DataLoaderRegistry;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The GraphQL engine the service executes with, built once at start-up from the schema SmallRye generates from the
 * annotated API classes: SmallRye's data fetchers replaced ({@link ResolverWiring}), graphql-java's default field
 * visibility (SmallRye's setting makes a pattern match per field), parsed documents cached ({@link DocumentCache}),
 * and errors in the service's shape ({@link GraphQLErrors}). No instrumentation runs per field.
 */
@ApplicationScoped
public class GraphQLEngine {

    @Inject
    Instance<GraphQLSchema> generated;

    @Inject
    Instance<Schema> model;

    @Inject
    ObjectMapper mapper;

    @Inject
    Limits limits;

    @Inject
    TrustedDocuments trusted;

    @Inject
    Validator validator;

    @ConfigProperty(name = "ledger.persisted-queries.max-bytes", defaultValue = "8388608")
    long persistedQueryBytes;

    private volatile Built built;

    /** The executable engine and what was worked out with it. */
    record Built(
            GraphQL graphQL,
            GraphQLSchema schema,
            DocumentCache documents,
            ApolloPersistedQueries persisted,
            QueryCost cost,
            ListLimits lists) {}

    void onStart(@Observes StartupEvent event) {
        built();
    }

    Built built() {
        Built current = built;
        if (current == null) {
            synchronized (this) {
                if (built == null) {
                    built = build();
                }
                current = built;
            }
        }
        return current;
    }

    private Built build() {
        GraphQLSchema smallRye = generated.get();
        ListLimits lists = new ListLimits(limits.listMaximum(), limits.defaultListMaximum());
        ResolverWiring wiring = new ResolverWiring(new Arguments(mapper, validator), lists);
        GraphQLCodeRegistry registry = smallRye.getCodeRegistry().transform(builder -> {
            builder.fieldVisibility(DefaultGraphqlFieldVisibility.DEFAULT_FIELD_VISIBILITY);
            wiring.install(model.get(), smallRye, builder);
        });
        GraphQLSchema schema = StrictDate.coerce(
                Deprecations.apply(smallRye.transform(builder -> builder.codeRegistry(registry))),
                Map.<String, graphql.schema.Coercing<?, ?>>of(
                        StrictDate.NAME, new StrictDate(), StrictDecimal.NAME, new StrictDecimal()));
        DocumentCache documents = new DocumentCache(schema, 8L * 1024 * 1024);
        ApolloPersistedQueries persisted =
                new ApolloPersistedQueries(new PersistedQueries(persistedQueryBytes, trusted, documents), documents);
        GraphQLErrors errors = new GraphQLErrors();
        GraphQL graphQL = GraphQL.newGraphQL(schema)
                .queryExecutionStrategy(new AsyncExecutionStrategy(errors))
                .mutationExecutionStrategy(new AsyncSerialExecutionStrategy(errors))
                .defaultDataFetcherExceptionHandler(errors)
                .preparsedDocumentProvider(persisted)
                .build();
        return new Built(
                graphQL, schema, documents, persisted, new QueryCost(lists, new IntrospectionSizes(schema)), lists);
    }

    /**
     * The request's document, parsed and validated (or from the cache), or why it has none: errors of syntax or
     * validation, or a persisted id the service does not know.
     */
    PreparsedDocumentEntry document(GraphQLRequest request) {
        return built().persisted()
                .getDocumentAsync(input(request).build(), null)
                .join();
    }

    /**
     * Executes a checked request with a DataLoader registry of its own. Every resolver and batch runs on this thread
     * (nothing here is asynchronous), so the whole request reads in the request's one snapshot.
     */
    ExecutionResult run(GraphQLRequest request, Deadline deadline) {
        ExecutionInput input = input(request)
                .variables(request.variableValues())
                .dataLoaderRegistry(new DataLoaderRegistry())
                // introspection is measured by the query cost at the schema's real sizes, not refused by a rule of
                // thumb
                .graphQLContext(Map.of(
                        Deadline.class, deadline, GoodFaithIntrospection.GOOD_FAITH_INTROSPECTION_DISABLED, true))
                .build();
        return built().graphQL().execute(input);
    }

    /** The request as graphql-java takes it: a persisted id as Apollo's {@code extensions.persistedQuery}. */
    private static ExecutionInput.Builder input(GraphQLRequest request) {
        return ExecutionInput.newExecutionInput()
                .query(request.query() == null ? "" : request.query())
                .operationName(request.operationName())
                .extensions(request.persisted()
                        .<Map<String, Object>>map(
                                id -> Map.of("persistedQuery", Map.of("version", 1, "sha256Hash", id)))
                        .orElse(Map.of()));
    }
}
