package io.costledger.bundle.input;

import io.costledger.analysis.HardwareKind;
import java.math.BigDecimal;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

@Input("HardwareInput")
public record HardwareInput(
        @NonNull String key,
        @NonNull String name,
        String vendor,

        @Description("One chip's dense BF16/FP16 tensor peak, FLOP per second.")
        BigDecimal peakFlopsPerSecond,

        @Description("A source key: where the peak was published.")
        String peakFlopsSource,

        @Description("GPU or TPU (the amortized method's average draw).")
        HardwareKind kind,

        @Description("One chip's thermal design power, in watts.")
        BigDecimal tdpWatts,

        @Description("The power one chip's share of a server draws, over the chip's TDP (default 1.56 for a TPU, else"
                + " 1.8).")
        BigDecimal serverPowerFactor,

        @Description("What a server costs per chip, over the chip alone (default 1.64).")
        BigDecimal serverCostFactor) {}
