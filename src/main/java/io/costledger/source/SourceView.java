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

    /** The select list {@link SourceView}'s constructor takes, for a source aliased {@code s}. */
    static final String COLUMNS = "s.id, s.key, s.title, s.url, s.publisher, s.publishedOn, s.kind";
}
