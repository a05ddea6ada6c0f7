package io.costledger.bundle;

import io.costledger.analysis.HardwareKind;
import io.costledger.analysis.PriceBasis;
import io.costledger.analysis.QuoteCheck;
import io.costledger.analysis.RateKind;
import io.costledger.analysis.SourceKind;
import io.costledger.history.ItemKind;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The eight kinds of item, each described once. Adding a field to a kind is one line here. */
final class Kinds {

    private Kinds() {}

    static final Item ORGANIZATION = Item.of(ItemKind.ORGANIZATION, "organizations", "organization")
            .key()
            .field("name", Shape.LINE)
            .required()
            .field("country", Shape.LINE)
            .field("hyperscale", Shape.FLAG)
            .build();

    static final Item MODEL = Item.of(ItemKind.MODEL, "models", "model")
            .key()
            .field("name", Shape.LINE)
            .required()
            .reference("organization", ItemKind.ORGANIZATION)
            .required()
            .partialDate("released")
            .shorthand("releasedOn", Shape.DATE, "released")
            .reference("baseModel", ItemKind.MODEL)
            .rules(new ModelRules())
            .build();

    static final Item HARDWARE = Item.of(ItemKind.HARDWARE, "hardware", "hardware")
            .key()
            .field("name", Shape.LINE)
            .required()
            .field("vendor", Shape.LINE)
            .positive("peakFlopsPerSecond")
            .reference("peakFlopsSource", ItemKind.SOURCE)
            .choice("kind", HardwareKind.values())
            .positive("tdpWatts")
            .positive("serverPowerFactor")
            .positive("serverCostFactor")
            .build();

    static final Item SOURCE = Item.of(ItemKind.SOURCE, "sources", "source")
            .key()
            .field("title", Shape.LINE)
            .required()
            .field("url", Shape.URL)
            .field("publisher", Shape.LINE)
            .partialDate("published")
            .shorthand("publishedOn", Shape.DATE, "published")
            .choice("kind", SourceKind.values())
            .required()
            .rules(new DatedRules("published", "publishedOn"))
            .build();

    static final Item HARDWARE_RATE = Item.of(ItemKind.HARDWARE_RATE, "hardwareRates", "hardware_rate")
            .reference("hardware", ItemKind.HARDWARE)
            .required()
            .choice("kind", RateKind.STORED)
            .required()
            .positive("usdPerGpuHour")
            .required()
            .field("effectiveOn", Shape.DATE)
            .required()
            .field("provider", Shape.LINE)
            .reference("source", ItemKind.SOURCE)
            .namedBy("hardware", "kind", "effectiveOn", "provider")
            .build();

    static final Item HARDWARE_PRICE = Item.of(ItemKind.HARDWARE_PRICE, "hardwarePrices", "hardware_price")
            .reference("hardware", ItemKind.HARDWARE)
            .required()
            .positive("usdPerChip")
            .required()
            .field("pricedOn", Shape.DATE)
            .required()
            .choice("basis", PriceBasis.values())
            .required()
            .reference("source", ItemKind.SOURCE)
            .field("note", Shape.LINE)
            .namedBy("hardware", "pricedOn", "basis", "usdPerChip")
            .build();

    static final Item ELECTRICITY_PRICE = Item.of(ItemKind.ELECTRICITY_PRICE, "electricityPrices", "electricity_price")
            .field("year", Shape.YEAR, "price_year")
            .required()
            .positive("usdPerKwh")
            .required()
            .reference("source", ItemKind.SOURCE)
            .namedBy("year")
            .build();

    static final Item CLAIM = Item.of(ItemKind.CLAIM, "claims", "claim")
            .key()
            .reference("source", ItemKind.SOURCE)
            .required()
            .reference("model", ItemKind.MODEL)
            .reference("organization", ItemKind.ORGANIZATION)
            .field("quote", Shape.TEXT)
            .required()
            .field("locator", Shape.LINE)
            .field("notes", Shape.TEXT)
            .partialDate("stated")
            .shorthand("statedOn", Shape.DATE, "stated")
            .choice("quoteCheck", QuoteCheck.values(), QuoteCheck.UNCHECKED)
            .field("capitalExpense", Shape.FLAG)
            .shorthand("amountUsd", Shape.DECIMAL, "amount_low_usd")
            .field("amountLowUsd", Shape.DECIMAL)
            .field("amountHighUsd", Shape.DECIMAL)
            .positive("gpuHours")
            .reference("hardware", ItemKind.HARDWARE)
            .positive("rateUsdPerGpuHour")
            .field("rateAssumed", Shape.FLAG)
            .scope("presentedScope")
            .count("chipCount")
            .positive("durationHours")
            .positive("trainingComputeFlop")
            .categories("included")
            .required()
            .categories("excluded")
            .reference("cites", ItemKind.CLAIM)
            .rules(new ClaimRules())
            .build();

    /** In the order a bundle lists them (and the export writes them). */
    static final List<Item> IN_BUNDLE_ORDER =
            List.of(ORGANIZATION, MODEL, HARDWARE, SOURCE, HARDWARE_RATE, HARDWARE_PRICE, ELECTRICITY_PRICE, CLAIM);

    /** In the order they are written: every kind after the kinds it refers to. */
    static final List<Item> IN_WRITE_ORDER =
            List.of(ORGANIZATION, SOURCE, HARDWARE, MODEL, HARDWARE_RATE, HARDWARE_PRICE, ELECTRICITY_PRICE, CLAIM);

    /** The reverse of the write order: items that refer to others first (the order of deletes). */
    static List<Item> referrersFirst() {
        List<Item> reversed = new java.util.ArrayList<>(IN_WRITE_ORDER);
        java.util.Collections.reverse(reversed);
        return reversed;
    }

    private static final Map<ItemKind, Item> BY_KIND =
            IN_BUNDLE_ORDER.stream().collect(Collectors.toMap(item -> item.kind, Function.identity()));

    static Item of(ItemKind kind) {
        return BY_KIND.get(kind);
    }
}
