package io.costledger.hardware;

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

        @Ignore Long peakFlopsSourceId) {

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
