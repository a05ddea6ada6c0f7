package io.costledger.graphql;

import graphql.schema.GraphQLDirective;
import graphql.schema.GraphQLEnumType;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLFieldsContainer;
import graphql.schema.GraphQLImplementingType;
import graphql.schema.GraphQLInputObjectType;
import graphql.schema.GraphQLInterfaceType;
import graphql.schema.GraphQLNamedType;
import graphql.schema.GraphQLSchema;
import graphql.schema.GraphQLUnionType;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.ToIntFunction;

/**
 * The real sizes of the schema's introspection lists, for the query cost: how many elements each list holds at most
 * on one instance ({@code __Type.fields} of the type with the most fields), and how many all its instances hold
 * together (every field of every type).
 *
 * <p>Walking {@code __schema { types }} visits every type exactly once, so the lists a type owns ({@code fields},
 * {@code inputFields}, {@code enumValues}, and the {@code args} of those fields) hold their totals over the whole
 * schema, not their maxima times the number of types: the lists reached that way are <em>exhaustive</em>, and the
 * cost counts them at their totals. Everywhere else (a {@code __type(name:)}, a field's {@code type}) a list counts at
 * its maximum, as any list does.
 */
final class IntrospectionSizes {

    /** The lists that hold every instance of their element type: the schema's types and directives. */
    private static final Set<String> EVERY = Set.of("__Schema.types", "__Schema.directives");

    /** The lists a type, field or directive owns: exhaustive when their owners are. */
    private static final Set<String> OWNED =
            Set.of("__Type.fields", "__Type.inputFields", "__Type.enumValues", "__Field.args", "__Directive.args");

    private final Map<String, Long> maxima = new HashMap<>();
    private final Map<String, Long> totals = new HashMap<>();

    IntrospectionSizes(GraphQLSchema schema) {
        List<GraphQLNamedType> types = schema.getAllTypesAsList();
        List<GraphQLFieldDefinition> fields = types.stream()
                .filter(GraphQLFieldsContainer.class::isInstance)
                .flatMap(type -> ((GraphQLFieldsContainer) type).getFieldDefinitions().stream())
                .toList();
        List<GraphQLDirective> directives = schema.getDirectives();
        count("__Schema.types", List.of(types), List::size);
        count("__Schema.directives", List.of(directives), List::size);
        count(
                "__Type.fields",
                types,
                type -> type instanceof GraphQLFieldsContainer container
                        ? container.getFieldDefinitions().size()
                        : 0);
        count(
                "__Type.inputFields",
                types,
                type -> type instanceof GraphQLInputObjectType input
                        ? input.getFieldDefinitions().size()
                        : 0);
        count(
                "__Type.enumValues",
                types,
                type -> type instanceof GraphQLEnumType enumType
                        ? enumType.getValues().size()
                        : 0);
        count(
                "__Type.interfaces",
                types,
                type -> type instanceof GraphQLImplementingType implementing
                        ? implementing.getInterfaces().size()
                        : 0);
        count("__Type.possibleTypes", types, type -> possibleTypes(schema, type));
        count("__Field.args", fields, field -> field.getArguments().size());
        count(
                "__Directive.args",
                directives,
                directive -> directive.getArguments().size());
        count(
                "__Directive.locations",
                directives,
                directive -> directive.validLocations().size());
    }

    private static int possibleTypes(GraphQLSchema schema, GraphQLNamedType type) {
        if (type instanceof GraphQLInterfaceType face) {
            return schema.getImplementations(face).size();
        }
        return type instanceof GraphQLUnionType union ? union.getTypes().size() : 0;
    }

    private <T> void count(String coordinate, List<T> instances, ToIntFunction<T> size) {
        long max = 0;
        long total = 0;
        for (T instance : instances) {
            int elements = size.applyAsInt(instance);
            max = Math.max(max, elements);
            total += elements;
        }
        maxima.put(coordinate, max);
        totals.put(coordinate, total);
    }

    /** Whether the coordinate is an introspection list this class sizes. */
    boolean sizes(String coordinate) {
        return maxima.containsKey(coordinate);
    }

    /** The most elements the list holds on one instance of its type. */
    long maximum(String coordinate) {
        return maxima.getOrDefault(coordinate, 0L);
    }

    /** The elements the list holds over every instance of its type together. */
    long total(String coordinate) {
        return totals.getOrDefault(coordinate, 0L);
    }

    /** Whether a list with this coordinate, reached from an exhaustive list or not, is itself exhaustive. */
    static boolean exhaustive(String coordinate, boolean underExhaustive) {
        return EVERY.contains(coordinate) || (underExhaustive && OWNED.contains(coordinate));
    }
}
