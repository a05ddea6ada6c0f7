package io.costledger.analysis;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Comparator;

/** A purchase price of one chip of a piece of hardware (a hardware price row). */
public record ChipPrice(String hardware, BigDecimal usdPerChip, LocalDate pricedOn, PriceBasis basis) {

    /** The order the amortized method reads a hardware's prices in: the first is the one it uses. */
    public static final Comparator<ChipPrice> PREFERENCE = Comparator.comparing(ChipPrice::pricedOn)
            .thenComparing(ChipPrice::basis)
            .thenComparing(ChipPrice::usdPerChip);
}
