package io.costledger.hardware;

import io.costledger.analysis.HourlyRate;
import io.costledger.analysis.RateKind;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

@Type("HardwareRate")
public record HardwareRateView(
        @Ignore long id,
        @NonNull HardwareView hardware,
        @NonNull RateKind kind,
        @NonNull BigDecimal usdPerGpuHour,
        @NonNull LocalDate effectiveOn,
        String provider,
        @Ignore Long sourceId) {

    /** The rate as the pricing rules see it. */
    public HourlyRate toHourlyRate() {
        return new HourlyRate(hardware.key(), kind, usdPerGpuHour, effectiveOn, provider);
    }

    /** A row is its id. */
    @Override
    public boolean equals(Object other) {
        return other instanceof HardwareRateView that && id == that.id;
    }

    @Override
    public int hashCode() {
        return Long.hashCode(id);
    }
}
