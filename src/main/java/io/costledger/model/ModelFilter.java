package io.costledger.model;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;

@Input("ModelFilter")
public record ModelFilter(
        @Description("Key of the organization that built the model.")
        String organization,

        @Description("Part of the model's name, any case.") String nameContains) {

    static final ModelFilter NONE = new ModelFilter(null, null);
}
