package io.costledger.bundle.input;

import java.math.BigDecimal;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

@Input("ElectricityPriceInput")
@Description("The electricity price of a year, named by its year.")
public record ElectricityPriceInput(
        @NonNull Integer year,
        @NonNull BigDecimal usdPerKwh,

        @Description("Key of the source that published the price.")
        String source) {}
