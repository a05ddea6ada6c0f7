package io.costledger.source;

import io.costledger.analysis.SourceKind;
import java.time.LocalDate;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

@Type("Source")
public record SourceView(
        @Ignore long id,
        @NonNull String key,
        @NonNull String title,
        String url,
        String publisher,
        LocalDate publishedOn,
        @NonNull SourceKind kind) {

    /** A row is its id. */
    @Override
    public boolean equals(Object other) {
        return other instanceof SourceView that && id == that.id;
    }

    @Override
    public int hashCode() {
        return Long.hashCode(id);
    }
}
