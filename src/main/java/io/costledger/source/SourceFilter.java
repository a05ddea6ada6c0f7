package io.costledger.source;

import io.costledger.analysis.SourceKind;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;

@Input("SourceFilter")
public record SourceFilter(
        SourceKind kind,

        @Description("Published on or after this date; sources without a date are left out.")
        LocalDate publishedFrom,

        @Description("Published on or before this date; sources without a date are left out.")
        LocalDate publishedTo,

        @Description("Sources of any of these kinds.") List<SourceKind> kinds) {

    static final SourceFilter NONE = new SourceFilter(null, null, null, null);
}
