package io.costledger.bundle.input;

import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

@Input("HardwareInput")
public record HardwareInput(@NonNull String key, @NonNull String name, String vendor) {}
