package io.costledger.graphql;

import static org.assertj.core.api.Assertions.assertThat;

import graphql.schema.DataFetcher;
import graphql.schema.FieldCoordinates;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLSchema;
import graphql.schema.visibility.DefaultGraphqlFieldVisibility;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.graphql.schema.model.Operation;
import io.smallrye.graphql.schema.model.Schema;
import jakarta.inject.Inject;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.eclipse.microprofile.graphql.Name;
import org.junit.jupiter.api.Test;

/**
 * The upgrade guard of {@link ResolverWiring}, the one class that reads SmallRye's schema model: if a new SmallRye
 * (or graphql-java) changes what it reads, these fail before any answer goes wrong. Every field of the served schema
 * is fetched by the service's own fetchers, each operation of the model is one Java method whose parameters are the
 * model's arguments in the same order, and {@code @Source List} resolvers are batched.
 */
@QuarkusTest
class ResolverWiringTest {

    @Inject
    GraphQLEngine engine;

    @Inject
    Schema model;

    private static Stream<GraphQLObjectType> objectTypes(GraphQLSchema schema) {
        return schema.getAllTypesAsList().stream()
                .filter(GraphQLObjectType.class::isInstance)
                .map(GraphQLObjectType.class::cast)
                .filter(type -> !type.getName().startsWith("__"));
    }

    @Test
    void everyFieldIsFetchedByTheServicesOwnFetchers() {
        GraphQLSchema schema = engine.built().schema();
        List<String> foreign = new ArrayList<>();
        objectTypes(schema).forEach(type -> {
            for (GraphQLFieldDefinition field : type.getFieldDefinitions()) {
                DataFetcher<?> fetcher =
                        schema.getCodeRegistry().getDataFetcher(FieldCoordinates.coordinates(type, field), field);
                if (!(fetcher instanceof Fetchers.Accessor
                        || fetcher instanceof Fetchers.Method
                        || fetcher instanceof Fetchers.Batch)) {
                    foreign.add(type.getName() + "." + field.getName() + ": "
                            + fetcher.getClass().getName());
                }
            }
        });

        assertThat(foreign).isEmpty();
        assertThat(schema.getCodeRegistry().getFieldVisibility())
                .isSameAs(DefaultGraphqlFieldVisibility.DEFAULT_FIELD_VISIBILITY);
    }

    @Test
    void everyOperationIsOneMethodTakingTheModelsArgumentsInOrder() {
        List<Operation> operations = new ArrayList<>(model.getQueries());
        operations.addAll(model.getMutations());
        model.getTypes().values().forEach(type -> {
            operations.addAll(type.getOperations().values());
            operations.addAll(type.getBatchOperations().values());
        });
        assertThat(operations).hasSizeGreaterThan(30);

        for (Operation operation : operations) {
            Method method = ResolverWiring.method(operation);
            Parameter[] parameters = method.getParameters();
            assertThat(parameters).hasSameSizeAs(operation.getArguments());
            for (int i = 0; i < parameters.length; i++) {
                var argument = operation.getArguments().get(i);
                if (argument.isSourceArgument()) {
                    assertThat(parameters[i].isAnnotationPresent(org.eclipse.microprofile.graphql.Source.class))
                            .as(operation.getName() + " argument " + i)
                            .isTrue();
                } else {
                    Name name = parameters[i].getAnnotation(Name.class);
                    assertThat(name == null ? parameters[i].getName() : name.value())
                            .as(operation.getName() + " argument " + i)
                            .isEqualTo(argument.getName());
                }
            }
        }
    }

    @Test
    void relationsAreBatchedAndPlainFieldsReadWithoutAnEnvironment() {
        GraphQLSchema schema = engine.built().schema();

        assertThat(fetcher(schema, "Model", "claims")).isInstanceOf(Fetchers.Batch.class);
        assertThat(fetcher(schema, "Claim", "citedBy")).isInstanceOf(Fetchers.Batch.class);
        assertThat(fetcher(schema, "Organization", "models")).isInstanceOf(Fetchers.Batch.class);
        assertThat(fetcher(schema, "Claim", "model")).isInstanceOf(Fetchers.Accessor.class); // read with the claim
        assertThat(fetcher(schema, "Model", "scopedTotal")).isInstanceOf(Fetchers.Batch.class);
        assertThat(fetcher(schema, "Claim", "flags")).isInstanceOf(Fetchers.Batch.class);
        assertThat(fetcher(schema, "Model", "key")).isInstanceOf(Fetchers.Accessor.class);
        assertThat(fetcher(schema, "Query", "models")).isInstanceOf(Fetchers.Method.class);
        assertThat(fetcher(schema, "Mutation", "loadBundle")).isInstanceOf(Fetchers.Method.class);
    }

    private static DataFetcher<?> fetcher(GraphQLSchema schema, String type, String field) {
        GraphQLObjectType owner = schema.getObjectType(type);
        return schema.getCodeRegistry()
                .getDataFetcher(FieldCoordinates.coordinates(owner, field), owner.getFieldDefinition(field));
    }
}
