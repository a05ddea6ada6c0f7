package io.costledger.analysis;

import java.math.BigDecimal;
import java.time.LocalDate;

/** One price of an hour of a piece of hardware, effective from a date. */
public record HourlyRate(
        String hardware, RateKind kind, BigDecimal usdPerGpuHour, LocalDate effectiveOn, String provider) {}
