package io.costledger.bundle.input;

import io.costledger.analysis.SourceKind;
import java.time.LocalDate;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

@Input("SourceInput")
public record SourceInput(
        @NonNull String key,
        @NonNull String title,
        String url,
        String publisher,
        LocalDate publishedOn,
        @NonNull SourceKind kind) {}
