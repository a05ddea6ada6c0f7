package io.costledger.graphql;

import graphql.schema.DataFetcher;
import graphql.schema.FieldCoordinates;
import graphql.schema.GraphQLCodeRegistry;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLList;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLSchema;
import graphql.schema.GraphQLTypeUtil;
import io.quarkus.arc.Arc;
import io.smallrye.graphql.schema.model.Argument;
import io.smallrye.graphql.schema.model.Field;
import io.smallrye.graphql.schema.model.Operation;
import io.smallrye.graphql.schema.model.Schema;
import io.smallrye.graphql.schema.model.Type;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The one place that reaches into SmallRye GraphQL. SmallRye builds the schema from the annotated API classes; this
 * installs, once, the data fetchers the service executes with: a record's accessor for a plain field (no
 * per-field environment), the resolver method itself for a root field or a per-parent {@code @Source} field, and a
 * per-request DataLoader for a {@code @Source List} field (see {@link Fetchers}). It replaces SmallRye's fetchers,
 * which build a context with the selected fields as JSON for every field they fetch. {@code ResolverWiringTest}
 * fails if an upgrade of SmallRye changes the model this reads.
 */
final class ResolverWiring {

    private final Arguments arguments;
    private final ListLimits lists;

    ResolverWiring(Arguments arguments, ListLimits lists) {
        this.arguments = arguments;
        this.lists = lists;
    }

    void install(Schema model, GraphQLSchema schema, GraphQLCodeRegistry.Builder registry) {
        model.getQueries().forEach(operation -> wire(registry, schema.getQueryType(), operation, false));
        model.getMutations().forEach(operation -> wire(registry, schema.getMutationType(), operation, false));
        for (Type type : model.getTypes().values()) {
            GraphQLObjectType objectType = schema.getObjectType(type.getName());
            if (objectType == null) {
                continue;
            }
            type.getFields()
                    .values()
                    .forEach(field -> registry.dataFetcher(
                            FieldCoordinates.coordinates(objectType, field.getName()),
                            accessor(type, objectType, field)));
            type.getOperations().values().forEach(operation -> wire(registry, objectType, operation, false));
            type.getBatchOperations().values().forEach(operation -> wire(registry, objectType, operation, true));
        }
    }

    private void wire(
            GraphQLCodeRegistry.Builder registry, GraphQLObjectType owner, Operation operation, boolean batch) {
        FieldCoordinates coordinates = FieldCoordinates.coordinates(owner, operation.getName());
        Method method = method(operation);
        Resolver resolver = resolver(operation, method, limit(owner, operation.getName(), method));
        DataFetcher<?> fetcher = batch
                ? new Fetchers.Batch(owner.getName() + "." + operation.getName(), resolver)
                : new Fetchers.Method(resolver);
        registry.dataFetcher(coordinates, fetcher);
    }

    private Resolver resolver(Operation operation, Method method, ListLimit limit) {
        Object bean = Arc.container().instance(method.getDeclaringClass()).get();
        List<Arguments.Named> named = new ArrayList<>();
        int source = -1;
        Parameter[] parameters = method.getParameters();
        for (int i = 0; i < parameters.length; i++) {
            Argument argument = operation.getArguments().get(i);
            if (argument.isSourceArgument()) {
                source = i;
            } else {
                named.add(new Arguments.Named(
                        argument.getName(),
                        arguments.converter(argument.getName(), parameters[i].getParameterizedType())));
            }
        }
        try {
            MethodHandle handle = MethodHandles.publicLookup().unreflect(method).bindTo(bean);
            return new Resolver(handle, source, List.copyOf(named), limit);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException("Resolver " + method + " is not public", e);
        }
    }

    /** The Java method of an operation: by name and parameter count, a {@code @Source} one for a source field. */
    static Method method(Operation operation) {
        Class<?> type = load(operation.getClassName());
        List<Method> candidates = Arrays.stream(type.getMethods())
                .filter(method -> method.getName().equals(operation.getMethodName()))
                .filter(method ->
                        method.getParameterCount() == operation.getArguments().size())
                .filter(method -> hasSource(method) == operation.isSourceField())
                .toList();
        if (candidates.size() != 1) {
            throw new IllegalStateException("Cannot tell which method resolves " + operation.getName() + " in "
                    + type.getName() + ": " + candidates);
        }
        return candidates.get(0);
    }

    private static boolean hasSource(Method method) {
        return Arrays.stream(method.getParameters())
                .anyMatch(parameter -> parameter.isAnnotationPresent(org.eclipse.microprofile.graphql.Source.class));
    }

    private DataFetcher<?> accessor(Type type, GraphQLObjectType owner, Field field) {
        Class<?> javaType = load(type.getClassName());
        try {
            MethodHandle handle;
            java.lang.reflect.AnnotatedElement element;
            if (field.getMethodName() != null) {
                Method accessor = javaType.getMethod(field.getMethodName());
                handle = MethodHandles.publicLookup().unreflect(accessor);
                element = accessor;
            } else {
                java.lang.reflect.Field javaField = javaType.getField(field.getPropertyName());
                handle = MethodHandles.publicLookup().unreflectGetter(javaField);
                element = javaField;
            }
            return new Fetchers.Accessor(handle, limit(owner, field.getName(), element));
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Cannot read " + type.getName() + "." + field.getName(), e);
        }
    }

    private ListLimit limit(GraphQLObjectType owner, String field, java.lang.reflect.AnnotatedElement element) {
        if (element.isAnnotationPresent(CostsPerModel.class)) {
            lists.chargePerModel(owner.getName() + "." + field);
        }
        GraphQLFieldDefinition definition = owner.getFieldDefinition(field);
        if (!(GraphQLTypeUtil.unwrapNonNull(definition.getType()) instanceof GraphQLList)) {
            return ListLimit.NONE;
        }
        MaxItems declared = element.getAnnotation(MaxItems.class);
        ItemsOf itemsOf = element.getAnnotation(ItemsOf.class);
        if (itemsOf != null) {
            lists.sizedBy(owner.getName() + "." + field, itemsOf);
        }
        return lists.declare(owner.getName() + "." + field, declared == null ? null : declared.value());
    }

    private static Class<?> load(String className) {
        try {
            return Class.forName(className, false, Thread.currentThread().getContextClassLoader());
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }
}
