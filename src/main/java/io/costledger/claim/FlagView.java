package io.costledger.claim;

import io.costledger.analysis.Flag;
import io.costledger.analysis.FlagCode;
import io.costledger.analysis.Severity;
import io.costledger.graphql.MaxItems;
import io.costledger.taxonomy.TaxonomyCatalog;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

@Type("Flag")
public record FlagView(
        @NonNull FlagCode code,
        @NonNull Severity severity,
        @NonNull String message,

        @Description("The categories the flag is about, in position order; empty where it names none.")
        @MaxItems(TaxonomyCatalog.MAX_CATEGORIES)
        @NonNull
        List<@NonNull String> categories) {

    static FlagView of(Flag flag) {
        return new FlagView(flag.code(), flag.severity(), flag.message(), flag.categories());
    }

    /** The flag as the analysis core sees it. */
    public Flag toFlag() {
        return new Flag(code, severity, message, categories);
    }
}
