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
        @Ignore long hardwareId,
        @Ignore String hardwareKey,
        @NonNull RateKind kind,
        @NonNull BigDecimal usdPerGpuHour,
        @NonNull LocalDate effectiveOn,
        String provider,
        @Ignore Long sourceId) {

    /** The select list {@link HardwareRateView}'s constructor takes, for a rate aliased {@code r}. */
    static final String COLUMNS =
            "r.id, r.hardware.id, r.hardware.key, r.kind, r.usdPerGpuHour, r.effectiveOn, r.provider, r.source.id";

    /** The rate as the pricing rules see it. */
    public HourlyRate toHourlyRate() {
        return new HourlyRate(hardwareKey, kind, usdPerGpuHour, effectiveOn, provider);
    }
}
