package io.costledger.bundle;

import io.costledger.analysis.RateKind;
import io.costledger.analysis.SourceKind;
import io.costledger.history.ItemKind;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The six kinds of item, each described once. Adding a field to a kind is one line here. */
final class Kinds {

    private Kinds() {}

    static final Item ORGANIZATION = Item.of(ItemKind.ORGANIZATION, "organizations", "organization")
            .key()
            .field("name", Shape.LINE)
            .required()
            .field("country", Shape.LINE)
            .build();

    static final Item MODEL = Item.of(ItemKind.MODEL, "models", "model")
            .key()
            .field("name", Shape.LINE)
            .required()
            .reference("organization", ItemKind.ORGANIZATION)
            .required()
            .field("releasedOn", Shape.DATE)
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
            .build();

    static final Item SOURCE = Item.of(ItemKind.SOURCE, "sources", "source")
            .key()
            .field("title", Shape.LINE)
            .required()
            .field("url", Shape.URL)
            .field("publisher", Shape.LINE)
            .field("publishedOn", Shape.DATE)
            .choice("kind", SourceKind.values())
            .required()
            .build();

    static final Item HARDWARE_RATE = Item.of(ItemKind.HARDWARE_RATE, "hardwareRates", "hardware_rate")
            .reference("hardware", ItemKind.HARDWARE)
            .required()
            .choice("kind", RateKind.values())
            .required()
            .positive("usdPerGpuHour")
            .required()
            .field("effectiveOn", Shape.DATE)
            .required()
            .field("provider", Shape.LINE)
            .reference("source", ItemKind.SOURCE)
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
            .field("statedOn", Shape.DATE)
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
    static final List<Item> IN_BUNDLE_ORDER = List.of(ORGANIZATION, MODEL, HARDWARE, SOURCE, HARDWARE_RATE, CLAIM);

    /** In the order they are written: every kind after the kinds it refers to. */
    static final List<Item> IN_WRITE_ORDER = List.of(ORGANIZATION, SOURCE, HARDWARE, MODEL, HARDWARE_RATE, CLAIM);

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
