package io.costledger.graphql;

import com.fasterxml.jackson.databind.ObjectMapper;
import graphql.ExecutionInput;
import graphql.ExecutionResult;
import graphql.GraphQL;
import graphql.execution.AsyncExecutionStrategy;
import graphql.execution.AsyncSerialExecutionStrategy;
import graphql.execution.preparsed.PreparsedDocumentEntry;
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
import java.util.Map;
import org.dataloader.DataLoaderRegistry;

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

    private volatile Built built;

    /** The executable engine and what was worked out with it. */
    record Built(GraphQL graphQL, GraphQLSchema schema, DocumentCache documents, QueryCost cost, ListLimits lists) {}

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
        ResolverWiring wiring = new ResolverWiring(new Arguments(mapper), lists);
        GraphQLCodeRegistry registry = smallRye.getCodeRegistry().transform(builder -> {
            builder.fieldVisibility(DefaultGraphqlFieldVisibility.DEFAULT_FIELD_VISIBILITY);
            wiring.install(model.get(), smallRye, builder);
        });
        GraphQLSchema schema = smallRye.transform(builder -> builder.codeRegistry(registry));
        DocumentCache documents = new DocumentCache(schema, 8L * 1024 * 1024);
        GraphQLErrors errors = new GraphQLErrors();
        GraphQL graphQL = GraphQL.newGraphQL(schema)
                .queryExecutionStrategy(new AsyncExecutionStrategy(errors))
                .mutationExecutionStrategy(new AsyncSerialExecutionStrategy(errors))
                .defaultDataFetcherExceptionHandler(errors)
                .preparsedDocumentProvider(documents)
                .build();
        return new Built(graphQL, schema, documents, new QueryCost(lists), lists);
    }

    /** Parses and validates {@code query} (or takes it from the cache). */
    PreparsedDocumentEntry document(String query) {
        return built().documents().entry(query);
    }

    /**
     * Executes a checked request with a DataLoader registry of its own. Every resolver and batch runs on this thread
     * (nothing here is asynchronous), so the whole request reads in the request's one snapshot.
     */
    ExecutionResult run(GraphQLRequest request, Deadline deadline) {
        ExecutionInput input = ExecutionInput.newExecutionInput()
                .query(request.query())
                .operationName(request.operationName())
                .variables(request.variableValues())
                .dataLoaderRegistry(new DataLoaderRegistry())
                .graphQLContext(Map.of(Deadline.class, deadline))
                .build();
        return built().graphQL().execute(input);
    }
}
