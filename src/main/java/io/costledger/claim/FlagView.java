package io.costledger.claim;

import io.costledger.analysis.Flag;
import io.costledger.analysis.FlagCode;
import io.costledger.analysis.Severity;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

@Type("Flag")
public record FlagView(
        @NonNull FlagCode code,
        @NonNull Severity severity,
        @NonNull String message,

        @Description("The categories the flag is about, in position order; empty where it names none.") @NonNull
        List<@NonNull String> categories) {

    static FlagView of(Flag flag) {
        return new FlagView(flag.code(), flag.severity(), flag.message(), flag.categories());
    }
}
