package io.costledger.bundle.input;

import io.costledger.history.ItemKind;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

@Input("RetractionInput")
public record RetractionInput(
        @NonNull ItemKind kind,

        @Description(
                "For a hardware rate: hardware/kind/effectiveOn/provider (provider empty when none; it is everything"
                        + " after the third /). For a hardware price: hardware/pricedOn/basis/usdPerChip. For an"
                        + " electricity price: its year.")
        @NonNull
        String key,

        @NonNull String reason) {}
