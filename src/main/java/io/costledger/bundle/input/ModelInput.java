package io.costledger.bundle.input;

import java.time.LocalDate;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

@Input("ModelInput")
public record ModelInput(
        @NonNull String key,
        @NonNull String name,

        @Description("Key of the organization that built it.") @NonNull
        String organization,

        @Description("A full date; or released, not both.") LocalDate releasedOn,

        @Description("YYYY, YYYY-MM or YYYY-MM-DD; instead of releasedOn.")
        String released,

        @Description("Key of the model it was trained from.")
        String baseModel) {}
