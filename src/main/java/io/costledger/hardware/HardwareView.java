package io.costledger.hardware;

import io.costledger.analysis.ChipFacts;
import io.costledger.analysis.HardwareKind;
import java.math.BigDecimal;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

@Type("Hardware")
public record HardwareView(
        @Ignore long id,
        @NonNull String key,
        @NonNull String name,
        String vendor,

        @Description("One chip's dense BF16/FP16 tensor peak, FLOP per second.")
        BigDecimal peakFlopsPerSecond,

        @Ignore Long peakFlopsSourceId,

        @Description("GPU or TPU; null when unknown.") HardwareKind kind,

        @Description("One chip's thermal design power, in watts; null when unknown.")
        BigDecimal tdpWatts,

        @Description("The power one chip's share of a server draws, over the chip's TDP (the default where none is"
                + " stated: 1.56 for a TPU, else 1.8).")
        @NonNull
        BigDecimal serverPowerFactor,

        @Description("What a server costs per chip, over the chip alone (the default where none is stated: 1.64).")
        @NonNull
        BigDecimal serverCostFactor) {

    /** What the amortized method knows of the chip. */
    public ChipFacts chip() {
        return new ChipFacts(kind, tdpWatts, serverPowerFactor, serverCostFactor);
    }

    /** A row is its id. */
    @Override
    public boolean equals(Object other) {
        return other instanceof HardwareView that && id == that.id;
    }

    @Override
    public int hashCode() {
        return Long.hashCode(id);
    }
}
