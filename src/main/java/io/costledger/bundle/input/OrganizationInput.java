package io.costledger.bundle.input;

import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

@Input("OrganizationInput")
public record OrganizationInput(
        @NonNull String key, @NonNull String name, String country) {}
