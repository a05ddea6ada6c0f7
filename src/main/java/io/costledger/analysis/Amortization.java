package io.costledger.analysis;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;

/**
 * The amortized value of a run (SEMANTICS.md part 3, after Epoch AI's method): what owning the chips for its
 * GPU-hours costs, depreciated by age, plus the cluster's interconnect and the energy drawn. Only 10^x and ln(10) are
 * computed in binary floating point; everything else in exact decimals (divisions to 34 digits).
 */
public final class Amortization {

    /** Epoch's median training time, for a run that states none. */
    public static final BigDecimal MEDIAN_RUN_HOURS = new BigDecimal("793.5");

    static final BigDecimal HOURS_PER_YEAR = new BigDecimal("8766");
    static final BigDecimal DEPRECIATION_ORDERS_PER_YEAR = new BigDecimal("0.14");
    static final BigDecimal INTERCONNECT_SHARE = new BigDecimal("0.19");
    static final BigDecimal SERVER_SHARE = new BigDecimal("0.81");
    static final BigDecimal GPU_DRAW = new BigDecimal("0.75");
    static final BigDecimal TPU_DRAW = new BigDecimal("0.43");
    public static final BigDecimal HYPERSCALE_PUE = new BigDecimal("1.1");
    public static final BigDecimal PUE = new BigDecimal("1.25");
    static final int DAYS_BEFORE_RELEASE = 60;

    private static final MathContext EXACT = MathContext.DECIMAL128;
    private static final BigDecimal LN_10 = new BigDecimal(Math.log(10));
    private static final BigDecimal THOUSAND = new BigDecimal("1000");

    private Amortization() {}

    /**
     * Everything the steps need, already chosen.
     *
     * @param usdPerChip P0: the price as a server share (a chip-alone price already times the cost factor)
     * @param durationHours D: the run's hours
     */
    public record Inputs(
            BigDecimal gpuHours,
            ChipPrice price,
            BigDecimal usdPerChip,
            LocalDate acquiredOn,
            LocalDate endedOn,
            BigDecimal durationHours,
            HardwareKind kind,
            BigDecimal tdpWatts,
            BigDecimal serverPowerFactor,
            BigDecimal pue,
            BigDecimal usdPerKwh) {}

    /**
     * A claim's run as the ledger knows it.
     *
     * @param day the day E is taken from: its model's release day, else the claim's day (rule days); null: no value
     * @param durationHours the claim's durationHours, or null
     * @param prices the hardware's price rows, any order
     * @param usdPerKwhByYear the electricity rows
     */
    public record Run(
            BigDecimal gpuHours,
            LocalDate day,
            BigDecimal durationHours,
            boolean hyperscale,
            ChipFacts chip,
            Collection<ChipPrice> prices,
            Map<Integer, BigDecimal> usdPerKwhByYear) {}

    /** The run's amortized value; empty when part 3 gives it none. */
    public static Optional<AmortizedValue> of(Run run) {
        ChipFacts chip = run.chip();
        if (run.gpuHours() == null
                || run.day() == null
                || chip == null
                || chip.kind() == null
                || chip.tdpWatts() == null
                || run.usdPerKwhByYear().isEmpty()) {
            return Optional.empty();
        }
        return run.prices().stream()
                .min(ChipPrice.PREFERENCE)
                .map(price -> value(new Inputs(
                        run.gpuHours(),
                        price,
                        price.basis() == PriceBasis.CHIP
                                ? price.usdPerChip().multiply(chip.serverCostFactor())
                                : price.usdPerChip(),
                        price.pricedOn(),
                        run.day().minusDays(DAYS_BEFORE_RELEASE),
                        run.durationHours() != null ? run.durationHours() : MEDIAN_RUN_HOURS,
                        chip.kind(),
                        chip.tdpWatts(),
                        chip.serverPowerFactor(),
                        run.hyperscale() ? HYPERSCALE_PUE : PUE,
                        usdPerKwh(run.usdPerKwhByYear(), run.day().getYear()))));
    }

    /** Steps 2 to 7 of part 3 on chosen inputs. */
    public static AmortizedValue value(Inputs in) {
        BigDecimal days = BigDecimal.valueOf(ChronoUnit.DAYS.between(in.acquiredOn(), in.endedOn()));
        BigDecimal ageHours = days.multiply(BigDecimal.valueOf(24))
                .subtract(in.durationHours())
                .max(BigDecimal.ZERO);
        BigDecimal exponent =
                DEPRECIATION_ORDERS_PER_YEAR.negate().multiply(ageHours).divide(HOURS_PER_YEAR, EXACT);
        BigDecimal depreciated = in.usdPerChip().multiply(new BigDecimal(Math.pow(10, exponent.doubleValue())));
        BigDecimal perChipHour = depreciated
                .multiply(DEPRECIATION_ORDERS_PER_YEAR)
                .multiply(LN_10)
                .divide(HOURS_PER_YEAR, EXACT);
        BigDecimal hardware = perChipHour.multiply(in.gpuHours());
        BigDecimal interconnect = hardware.multiply(INTERCONNECT_SHARE).divide(SERVER_SHARE, EXACT);
        BigDecimal energy = in.gpuHours()
                .multiply(in.tdpWatts())
                .divide(THOUSAND, EXACT)
                .multiply(in.serverPowerFactor())
                .multiply(in.kind() == HardwareKind.TPU ? TPU_DRAW : GPU_DRAW)
                .multiply(in.pue())
                .multiply(in.usdPerKwh());
        BigDecimal total = Money.cents(hardware.add(interconnect).add(energy));
        return new AmortizedValue(
                Money.cents(hardware),
                Money.cents(interconnect),
                Money.cents(energy),
                total,
                total.divide(in.gpuHours(), 6, RoundingMode.HALF_EVEN),
                in.price(),
                in.acquiredOn(),
                in.endedOn(),
                startOf(in.endedOn(), in.durationHours()),
                ageHours.divide(HOURS_PER_YEAR, 4, RoundingMode.HALF_EVEN),
                Money.cents(depreciated),
                in.pue(),
                in.usdPerKwh());
    }

    /** The year's electricity price, else the nearest year's (the earlier one on a tie). */
    static BigDecimal usdPerKwh(Map<Integer, BigDecimal> byYear, int year) {
        return byYear.entrySet().stream()
                .min((a, b) -> {
                    int distance = Integer.compare(Math.abs(a.getKey() - year), Math.abs(b.getKey() - year));
                    return distance != 0 ? distance : Integer.compare(a.getKey(), b.getKey());
                })
                .orElseThrow()
                .getValue();
    }

    /** The day of {@code ended} 00:00 minus {@code hours} hours. */
    static LocalDate startOf(LocalDate ended, BigDecimal hours) {
        long seconds = hours.multiply(BigDecimal.valueOf(3600))
                .setScale(0, RoundingMode.CEILING)
                .longValueExact();
        return ended.atStartOfDay().minusSeconds(seconds).toLocalDate();
    }
}
