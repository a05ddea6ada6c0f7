package io.costledger.claim;

import io.costledger.analysis.AmortizedValue;
import io.costledger.hardware.HardwarePriceView;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

/** A claim's amortized value as the API answers it, with the price row it used. */
@Type("AmortizedValue")
@Description("A claim's GPU-hours priced as owned hardware plus energy (SEMANTICS.md part 3).")
public record AmortizedValueView(
        @Description("The chips' depreciation for the run's hours.") @NonNull
        BigDecimal hardwareUsd,

        @Description("The cluster's interconnect: 19% of its hardware.") @NonNull
        BigDecimal interconnectUsd,

        @Description("The energy the chips' servers drew, at the data centre's PUE.") @NonNull
        BigDecimal energyUsd,

        @Description("The unrounded sum of the parts, rounded once to cents.") @NonNull
        BigDecimal totalUsd,

        @Description("totalUsd over the GPU-hours, to 6 decimals.") @NonNull
        BigDecimal usdPerChipHour,

        @Description("The price row used: the hardware's earliest.") @NonNull
        HardwarePriceView price,

        @Description("When the chips were bought: the price row's date.") @NonNull
        LocalDate acquiredOn,

        @Description("When the run ended: the model's release (else the claim's date) minus 60 days.") @NonNull
        LocalDate endedOn,

        @Description("endedOn minus the run's hours (Epoch's median, 793.5, when the claim states none).") @NonNull
        LocalDate trainingStartedOn,

        @Description("The chips' age at the start of the run, in years.") @NonNull
        BigDecimal ageYears,

        @Description("One chip's price depreciated to that age (0.14 orders of magnitude a year).") @NonNull
        BigDecimal depreciatedUsdPerChip,

        @Description("The data centre's power usage effectiveness: 1.1 at hyperscale, else 1.25.") @NonNull
        BigDecimal pue,

        @Description("The electricity price used, USD per kWh.") @NonNull
        BigDecimal usdPerKwh) {

    static AmortizedValueView of(AmortizedValue value, HardwarePriceView price) {
        return new AmortizedValueView(
                value.hardwareUsd(),
                value.interconnectUsd(),
                value.energyUsd(),
                value.totalUsd(),
                value.usdPerChipHour(),
                price,
                value.acquiredOn(),
                value.endedOn(),
                value.trainingStartedOn(),
                value.ageYears(),
                value.depreciatedUsdPerChip(),
                value.pue(),
                value.usdPerKwh());
    }
}
