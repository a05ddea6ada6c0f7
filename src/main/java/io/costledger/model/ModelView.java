package io.costledger.model;

import java.time.LocalDate;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

@Type("Model")
public record ModelView(
        @Ignore long id,
        @NonNull String key,
        @NonNull String name,
        @Ignore long organizationId,
        LocalDate releasedOn,
        @Ignore Long baseModelId) {

    /** The select list {@link ModelView}'s constructor takes, for a model aliased {@code m}. */
    static final String COLUMNS = "m.id, m.key, m.name, m.organization.id, m.releasedOn, m.baseModel.id";
}
