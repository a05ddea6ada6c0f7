package io.costledger.hardware;

import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

@Type("Hardware")
public record HardwareView(
        @Ignore long id, @NonNull String key, @NonNull String name, String vendor) {

    /** The select list {@link HardwareView}'s constructor takes, for hardware aliased {@code h}. */
    static final String COLUMNS = "h.id, h.key, h.name, h.vendor";
}
