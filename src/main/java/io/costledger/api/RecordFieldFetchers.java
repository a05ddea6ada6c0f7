package io.costledger.api;

import graphql.TrivialDataFetcher;
import graphql.schema.DataFetcher;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.RecordComponent;
import java.util.HashMap;
import java.util.Map;

/**
 * Reads a plain field of an API record (a {@code ClaimView}'s {@code key}) with the record's own accessor.
 *
 * <p>SmallRye's field fetcher builds a description of the selected fields for every field it reads, so a page of a
 * thousand claims spent most of its time and memory there. The types here are plain values that graphql-java's
 * scalars serialize as they are; any other source goes to SmallRye's fetcher as before.
 */
final class RecordFieldFetchers {

    private static final MethodType OBJECT = MethodType.methodType(Object.class, Object.class);

    private final ClassValue<Map<String, MethodHandle>> accessors = new ClassValue<>() {
        @Override
        protected Map<String, MethodHandle> computeValue(Class<?> type) {
            Map<String, MethodHandle> handles = new HashMap<>();
            if (type.isRecord()) {
                for (RecordComponent component : type.getRecordComponents()) {
                    try {
                        handles.put(
                                component.getName(),
                                MethodHandles.publicLookup()
                                        .unreflect(component.getAccessor())
                                        .asType(OBJECT));
                    } catch (IllegalAccessException notPublic) {
                        // left to SmallRye's fetcher
                    }
                }
            }
            return handles;
        }
    };

    /** The fetcher of {@code field}, reading records directly where SmallRye's trivial fetcher would. */
    DataFetcher<?> wrap(DataFetcher<?> fetcher, String field) {
        if (!(fetcher instanceof TrivialDataFetcher<?>)) {
            return fetcher;
        }
        return environment -> {
            Object source = environment.getSource();
            MethodHandle accessor =
                    source == null ? null : accessors.get(source.getClass()).get(field);
            if (accessor == null) {
                return fetcher.get(environment);
            }
            try {
                return accessor.invokeExact(source);
            } catch (RuntimeException | Error e) {
                throw e;
            } catch (Throwable e) {
                throw new IllegalStateException(e);
            }
        };
    }
}
