package io.costledger.bundle.input;

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
        String peakFlopsSource) {}
