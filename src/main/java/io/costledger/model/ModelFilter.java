package io.costledger.model;

import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;

@Input("ModelFilter")
public record ModelFilter(
        @Description("Key of the organization that built the model.")
        String organization,

        @Description("Part of the model's name, any case.") String nameContains,

        @Description("Keys of organizations: models of any of them.")
        List<String> organizations,

        @Description("Released on or after this date; models without a date are left out.")
        LocalDate releasedFrom,

        @Description("Released on or before this date; models without a date are left out.")
        LocalDate releasedTo) {

    static final ModelFilter NONE = new ModelFilter(null, null, null, null, null);
}
