package io.costledger.hardware;

import io.costledger.analysis.ChipFacts;
import io.costledger.analysis.HardwareKind;
import io.costledger.analysis.RateBook;
import io.costledger.analysis.RateKind;
import io.costledger.db.Columns;
import io.costledger.db.Conditions;
import io.costledger.db.Database;
import io.costledger.db.RowMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Collection;
import java.util.List;

/** Reads hardware and hourly rates; every method is one SQL statement. */
@ApplicationScoped
public class HardwareQueries {

    /** The columns of {@link #mapper(String)} for hardware aliased {@code alias}, named {@code prefix}*. */
    public static String columns(String alias, String prefix) {
        return alias + ".id as " + prefix + "id, " + alias + ".key as " + prefix + "key, " + alias + ".name as "
                + prefix + "name, " + alias + ".vendor as " + prefix + "vendor, " + alias + ".peak_flops_per_second as "
                + prefix + "peak, " + alias + ".peak_flops_source_id as " + prefix + "peak_source, " + alias
                + ".kind as "
                + prefix + "kind, " + alias + ".tdp_watts as " + prefix + "tdp, " + alias + ".server_power_factor as "
                + prefix + "power_factor, " + alias + ".server_cost_factor as " + prefix + "cost_factor";
    }

    /** Reads the columns of {@link #columns(String, String)}. */
    public static RowMapper<HardwareView> mapper(String prefix) {
        String id = prefix + "id";
        String key = prefix + "key";
        String name = prefix + "name";
        String vendor = prefix + "vendor";
        String peak = prefix + "peak";
        String peakSource = prefix + "peak_source";
        String kind = prefix + "kind";
        String tdp = prefix + "tdp";
        String powerFactor = prefix + "power_factor";
        String costFactor = prefix + "cost_factor";
        return row -> {
            HardwareKind chipKind = row.getString(kind) == null ? null : HardwareKind.valueOf(row.getString(kind));
            ChipFacts chip = ChipFacts.of(
                    chipKind, row.getBigDecimal(tdp), row.getBigDecimal(powerFactor), row.getBigDecimal(costFactor));
            return new HardwareView(
                    row.getLong(id),
                    row.getString(key),
                    row.getString(name),
                    row.getString(vendor),
                    row.getBigDecimal(peak),
                    Columns.longOrNull(row, peakSource),
                    chip.kind(),
                    chip.tdpWatts(),
                    chip.serverPowerFactor(),
                    chip.serverCostFactor());
        };
    }

    private static final String SELECT = "select " + columns("h", "") + " from hardware h";
    private static final RowMapper<HardwareView> ROW = mapper("");
    private static final String SELECT_RATES =
            "select r.id, r.kind, r.usd_per_gpu_hour, r.effective_on, r.provider," + " r.source_id, "
                    + columns("h", "hardware_") + " from hardware_rate r join hardware h on h.id = r.hardware_id";
    private static final String RATE_ORDER = " order by h.key, r.kind, r.effective_on, r.provider nulls last";
    private static final RowMapper<HardwareView> RATE_HARDWARE = mapper("hardware_");
    private static final RowMapper<HardwareRateView> RATE = row -> new HardwareRateView(
            row.getLong("id"),
            RATE_HARDWARE.map(row),
            RateKind.valueOf(row.getString("kind")),
            row.getBigDecimal("usd_per_gpu_hour"),
            Columns.date(row, "effective_on"),
            row.getString("provider"),
            Columns.longOrNull(row, "source_id"));

    @Inject
    Database database;

    public List<HardwareView> all() {
        return database.read(sql -> sql.list(SELECT + " order by h.key", ROW));
    }

    /** Rates of one hardware key and/or kind (null: any), by hardware, kind, date and provider. */
    public List<HardwareRateView> rates(String hardwareKey, RateKind kind) {
        Conditions where = new Conditions().and("h.key = ?", hardwareKey).and("r.kind = ?", kind);
        return database.read(sql -> sql.list(SELECT_RATES + where.where() + RATE_ORDER, RATE, where.parameters()));
    }

    public List<HardwareRateView> ratesOf(Collection<Long> hardwareIds) {
        if (hardwareIds.isEmpty()) {
            return List.of();
        }
        return database.read(sql ->
                sql.list(SELECT_RATES + " where h.id = any(?)" + RATE_ORDER, RATE, sql.array("bigint", hardwareIds)));
    }

    /** Every rate of the given hardware keys, ready for pricing. */
    public RateBook rateBook(Collection<String> hardwareKeys) {
        return priceList(hardwareKeys).book();
    }

    /** Every rate of the given hardware keys, ready for pricing, with the rows the API shows. */
    public PriceList priceList(Collection<String> hardwareKeys) {
        if (hardwareKeys.isEmpty()) {
            return PriceList.of(List.of());
        }
        return PriceList.of(database.read(
                sql -> sql.list(SELECT_RATES + " where h.key = any(?)", RATE, sql.array("varchar", hardwareKeys))));
    }
}
