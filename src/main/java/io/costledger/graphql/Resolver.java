package io.costledger.graphql;

import java.lang.invoke.MethodHandle;
import java.util.List;
import java.util.Map;

/**
 * A resolver method bound to its bean: where its {@code @Source} parameter is (-1 for none) and how its other
 * parameters are read from the field's arguments.
 */
record Resolver(MethodHandle method, int sourceIndex, List<Arguments.Named> parameters, ListLimit limit) {

    /** The converted values of the field's arguments, in parameter order (the source left out). */
    Object[] arguments(Map<String, Object> values) {
        return Arguments.convert(parameters, values);
    }

    Object call(Object source, Map<String, Object> values) throws Exception {
        return callWith(source, arguments(values));
    }

    /** Calls the method with {@code source} (a parent, or a list of them) and converted arguments. */
    Object callWith(Object source, Object[] arguments) throws Exception {
        int count = arguments.length + (sourceIndex >= 0 ? 1 : 0);
        Object[] all = new Object[count];
        for (int i = 0, argument = 0; i < count; i++) {
            all[i] = i == sourceIndex ? source : arguments[argument++];
        }
        try {
            return method.invokeWithArguments(all);
        } catch (Exception | Error e) {
            throw e;
        } catch (Throwable e) {
            throw new IllegalStateException(e);
        }
    }
}
