package io.costledger.bundle.input;

import io.costledger.analysis.RateKind;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

@Input("HardwareRateInput")
@Description("A rate is identified by hardware, kind, effective date and provider.")
public record HardwareRateInput(
        @Description("Key of the hardware.") @NonNull String hardware,
        @NonNull RateKind kind,
        @NonNull BigDecimal usdPerGpuHour,
        @NonNull LocalDate effectiveOn,
        String provider,

        @Description("Key of the source that published the rate.")
        String source) {}
