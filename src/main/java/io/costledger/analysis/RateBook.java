package io.costledger.analysis;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Chooses the hourly rate that applies at a date and prices GPU-hours with it.
 *
 * <p>The rate of hardware H of kind K at date D is the row with the greatest effective date on or before D; failing
 * that, the earliest row; with no D, the latest. Rows of the same date: lowest rate first, then provider in
 * alphabetical order (a row without provider last).
 */
public final class RateBook {

    /** Best first among rows of the same date. */
    private static final Comparator<HourlyRate> SAME_DATE_PREFERENCE = Comparator.comparing(HourlyRate::usdPerGpuHour)
            .thenComparing(HourlyRate::provider, Comparator.nullsLast(Comparator.naturalOrder()));

    private final Map<String, Map<RateKind, List<HourlyRate>>> rates;

    public RateBook(Collection<HourlyRate> rates) {
        this.rates = rates.stream()
                .collect(Collectors.groupingBy(
                        HourlyRate::hardware, Collectors.groupingBy(HourlyRate::kind, Collectors.toList())));
    }

    /** The rate of {@code hardware} and {@code kind} that applies at {@code date} (null: the latest). */
    public Optional<HourlyRate> rateAt(String hardware, RateKind kind, LocalDate date) {
        List<HourlyRate> rows = rates.getOrDefault(hardware, Map.of()).getOrDefault(kind, List.of());
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        LocalDate chosen = chooseDate(rows, date);
        return rows.stream().filter(rate -> rate.effectiveOn().equals(chosen)).min(SAME_DATE_PREFERENCE);
    }

    /** GPU-hours priced at the rate that applies at {@code date}, in cents; empty without such a rate. */
    public Optional<BigDecimal> cost(BigDecimal gpuHours, String hardware, RateKind kind, LocalDate date) {
        if (gpuHours == null || hardware == null) {
            return Optional.empty();
        }
        return rateAt(hardware, kind, date).map(rate -> Money.cents(gpuHours.multiply(rate.usdPerGpuHour())));
    }

    private static LocalDate chooseDate(List<HourlyRate> rows, LocalDate date) {
        List<LocalDate> dates =
                rows.stream().map(HourlyRate::effectiveOn).sorted().toList();
        if (date == null) {
            return dates.get(dates.size() - 1);
        }
        return dates.stream()
                .filter(effective -> !effective.isAfter(date))
                .reduce((earlier, later) -> later)
                .orElse(dates.get(0));
    }
}
