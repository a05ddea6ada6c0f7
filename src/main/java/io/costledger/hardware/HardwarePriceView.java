package io.costledger.hardware;

import io.costledger.analysis.ChipPrice;
import io.costledger.analysis.PriceBasis;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

/** A purchase price of one chip (SEMANTICS.md part 3), named hardware/pricedOn/basis/usdPerChip. */
@Type("HardwarePrice")
public record HardwarePriceView(
        @Ignore long id,
        @NonNull HardwareView hardware,
        @NonNull BigDecimal usdPerChip,
        @NonNull LocalDate pricedOn,
        @NonNull PriceBasis basis,
        String note,
        @Ignore Long sourceId) {

    /** The price as the amortized method sees it. */
    public ChipPrice toChipPrice() {
        return new ChipPrice(hardware.key(), usdPerChip, pricedOn, basis);
    }

    /** A row is its id. */
    @Override
    public boolean equals(Object other) {
        return other instanceof HardwarePriceView that && id == that.id;
    }

    @Override
    public int hashCode() {
        return Long.hashCode(id);
    }
}
