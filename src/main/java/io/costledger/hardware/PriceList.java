package io.costledger.hardware;

import io.costledger.analysis.HourlyRate;
import io.costledger.analysis.RateBook;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/** Rate rows read for pricing: the book the analysis prices with, and the row behind each rate it chose. */
public record PriceList(RateBook book, Map<HourlyRate, HardwareRateView> rows) {

    static PriceList of(List<HardwareRateView> views) {
        Map<HourlyRate, HardwareRateView> rows = new IdentityHashMap<>();
        views.forEach(view -> rows.put(view.toHourlyRate(), view));
        return new PriceList(new RateBook(List.copyOf(rows.keySet())), rows);
    }

    /** The row behind a rate of {@link #book()}; null for null. */
    public HardwareRateView row(HourlyRate rate) {
        return rate == null ? null : rows.get(rate);
    }
}
