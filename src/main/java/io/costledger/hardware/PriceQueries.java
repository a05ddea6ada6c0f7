package io.costledger.hardware;

import io.costledger.analysis.ChipPrice;
import io.costledger.analysis.PriceBasis;
import io.costledger.db.Columns;
import io.costledger.db.Database;
import io.costledger.db.RowMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reads what owning hardware costs: purchase prices of chips and electricity prices; every method one statement. */
@ApplicationScoped
public class PriceQueries {

    private static final String SELECT_PRICES = "select p.id, p.usd_per_chip, p.priced_on, p.basis, p.note,"
            + " p.source_id, " + HardwareQueries.columns("h", "hardware_")
            + " from hardware_price p join hardware h on h.id = p.hardware_id";
    /** By hardware, then as the amortized method reads them: earliest first, a server share first, the lower first. */
    private static final String PRICE_ORDER =
            " order by h.key, p.priced_on, case p.basis when 'SERVER_SHARE' then 0 else 1 end, p.usd_per_chip";

    private static final RowMapper<HardwareView> PRICE_HARDWARE = HardwareQueries.mapper("hardware_");
    private static final RowMapper<HardwarePriceView> PRICE = row -> new HardwarePriceView(
            row.getLong("id"),
            PRICE_HARDWARE.map(row),
            row.getBigDecimal("usd_per_chip"),
            Columns.date(row, "priced_on"),
            PriceBasis.valueOf(row.getString("basis")),
            row.getString("note"),
            Columns.longOrNull(row, "source_id"));
    private static final RowMapper<ElectricityPriceView> ELECTRICITY = row -> new ElectricityPriceView(
            row.getLong("id"),
            row.getInt("price_year"),
            row.getBigDecimal("usd_per_kwh"),
            Columns.longOrNull(row, "source_id"));

    @Inject
    Database database;

    /** Purchase prices of one hardware key (null: every one), by hardware, then as the method reads them. */
    public List<HardwarePriceView> prices(String hardwareKey) {
        return database.read(sql -> hardwareKey == null
                ? sql.list(SELECT_PRICES + PRICE_ORDER, PRICE)
                : sql.list(SELECT_PRICES + " where h.key = ?" + PRICE_ORDER, PRICE, hardwareKey));
    }

    /** The purchase prices of these pieces of hardware, by id. */
    public List<HardwarePriceView> pricesOf(Collection<Long> hardwareIds) {
        if (hardwareIds.isEmpty()) {
            return List.of();
        }
        return database.read(sql -> sql.list(
                SELECT_PRICES + " where h.id = any(?)" + PRICE_ORDER, PRICE, sql.array("bigint", hardwareIds)));
    }

    /** The chip prices of these hardware keys, each key's as the method reads them, with the row behind each. */
    public Map<ChipPrice, HardwarePriceView> chipPrices(Collection<String> hardwareKeys) {
        Map<ChipPrice, HardwarePriceView> prices = new LinkedHashMap<>();
        if (!hardwareKeys.isEmpty()) {
            database.read(sql -> sql.list(
                            SELECT_PRICES + " where h.key = any(?)" + PRICE_ORDER,
                            PRICE,
                            sql.array("varchar", hardwareKeys)))
                    .forEach(view -> prices.put(view.toChipPrice(), view));
        }
        return prices;
    }

    /** Every electricity price, by year. */
    public List<ElectricityPriceView> electricity() {
        return database.read(sql -> sql.list(
                "select id, price_year, usd_per_kwh, source_id from electricity_price order by price_year",
                ELECTRICITY));
    }

    /** Electricity prices as the amortized method reads them: USD per kWh by year. */
    public Map<Integer, BigDecimal> usdPerKwhByYear() {
        Map<Integer, BigDecimal> byYear = new LinkedHashMap<>();
        electricity().forEach(price -> byYear.put(price.year(), price.usdPerKwh()));
        return byYear;
    }
}
