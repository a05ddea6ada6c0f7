package io.costledger.bundle.input;

import io.costledger.analysis.SourceKind;
import java.time.LocalDate;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

@Input("SourceInput")
public record SourceInput(
        @NonNull String key,
        @NonNull String title,
        String url,
        String publisher,
        @Description("A full date; or published, not both.") LocalDate publishedOn,

        @Description("YYYY, YYYY-MM or YYYY-MM-DD; instead of publishedOn.")
        String published,

        @NonNull SourceKind kind) {}
