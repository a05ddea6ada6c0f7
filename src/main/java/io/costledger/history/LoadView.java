package io.costledger.history;

import java.time.OffsetDateTime;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

/** A committed load: its number in commit order, when, by whom, and what it counted. */
@Type("Load")
public record LoadView(
        int number,
        @NonNull OffsetDateTime loadedAt,
        @NonNull String loadedBy,
        int created,
        int updated,
        int unchanged,
        int retracted) {}
