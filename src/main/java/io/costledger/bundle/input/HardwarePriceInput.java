package io.costledger.bundle.input;

import io.costledger.analysis.PriceBasis;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

@Input("HardwarePriceInput")
@Description("A purchase price of one chip, named hardware/pricedOn/basis/usdPerChip.")
public record HardwarePriceInput(
        @Description("Key of the hardware.") @NonNull String hardware,
        @NonNull BigDecimal usdPerChip,
        @NonNull LocalDate pricedOn,
        @NonNull PriceBasis basis,

        @Description("Key of the source that published the price.")
        String source,

        String note) {}
