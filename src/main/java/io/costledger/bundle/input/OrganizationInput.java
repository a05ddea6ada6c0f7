package io.costledger.bundle.input;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

@Input("OrganizationInput")
public record OrganizationInput(
        @NonNull String key,
        @NonNull String name,
        String country,

        @Description("Trains in hyperscale data centres of its own (PUE 1.1 in the amortized method); default false.")
        Boolean hyperscale) {}
