package io.costledger.bundle;

import io.costledger.analysis.HardwareKind;
import io.costledger.analysis.PriceBasis;
import io.costledger.analysis.QuoteCheck;
import io.costledger.analysis.RateKind;
import io.costledger.analysis.SourceKind;
import io.costledger.claim.Claim;
import io.costledger.claim.ClaimCoverage;
import io.costledger.hardware.ElectricityPrice;
import io.costledger.hardware.Hardware;
import io.costledger.hardware.HardwarePrice;
import io.costledger.hardware.HardwareRate;
import io.costledger.history.ItemKind;
import io.costledger.model.Model;
import io.costledger.organization.Organization;
import io.costledger.source.Source;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The eight kinds of item, each described once, with how each field is set on the kind's entity. Adding a field to a
 * kind is one line here, plus its column in a migration and its entity field.
 */
final class Kinds {

    private Kinds() {}

    /** A claim's coverage rows (table {@code claim_coverage}). */
    private static final Item.CoverageRow CLAIM_COVERAGE =
            new Item.CoverageRow(ClaimCoverage.class, "id.claimId", ClaimCoverage::of);

    static final Item ORGANIZATION = Item.of(ItemKind.ORGANIZATION, "organizations", "organization", Organization::new)
            .key((o, key) -> o.key = key)
            .text("name", Shape.LINE, (o, name) -> o.name = name)
            .required()
            .text("country", Shape.LINE, (o, country) -> o.country = country)
            .flag("hyperscale", (o, hyperscale) -> o.hyperscale = hyperscale)
            .build();

    static final Item MODEL = Item.of(ItemKind.MODEL, "models", "model", Model::new)
            .key((m, key) -> m.key = key)
            .text("name", Shape.LINE, (m, name) -> m.name = name)
            .required()
            .<Organization>reference("organization", ItemKind.ORGANIZATION, (m, o) -> m.organization = o)
            .required()
            .partialDate("released", (m, date) -> {
                m.released = date.text();
                m.releasedOn = date.ruleDay();
            })
            .shorthand("releasedOn", Shape.DATE, "released")
            .<Model>reference("baseModel", ItemKind.MODEL, (m, base) -> m.baseModel = base)
            .rules(new ModelRules())
            .build();

    static final Item HARDWARE = Item.of(ItemKind.HARDWARE, "hardware", "hardware", Hardware::new)
            .key((h, key) -> h.key = key)
            .text("name", Shape.LINE, (h, name) -> h.name = name)
            .required()
            .text("vendor", Shape.LINE, (h, vendor) -> h.vendor = vendor)
            .positive("peakFlopsPerSecond", (h, flops) -> h.peakFlopsPerSecond = flops)
            .<Source>reference("peakFlopsSource", ItemKind.SOURCE, (h, source) -> h.peakFlopsSource = source)
            .choice("kind", HardwareKind.values(), (h, kind) -> h.kind = kind)
            .positive("tdpWatts", (h, watts) -> h.tdpWatts = watts)
            .positive("serverPowerFactor", (h, factor) -> h.serverPowerFactor = factor)
            .positive("serverCostFactor", (h, factor) -> h.serverCostFactor = factor)
            .flagInputs((key, form, changed) -> changed.hardware().add(key))
            .build();

    static final Item SOURCE = Item.of(ItemKind.SOURCE, "sources", "source", Source::new)
            .key((s, key) -> s.key = key)
            .text("title", Shape.LINE, (s, title) -> s.title = title)
            .required()
            .text("url", Shape.URL, (s, url) -> s.url = url)
            .text("publisher", Shape.LINE, (s, publisher) -> s.publisher = publisher)
            .partialDate("published", (s, date) -> {
                s.published = date.text();
                s.publishedOn = date.ruleDay();
            })
            .shorthand("publishedOn", Shape.DATE, "published")
            .choice("kind", SourceKind.values(), (s, kind) -> s.kind = kind)
            .required()
            .rules(new DatedRules("published", "publishedOn"))
            .flagInputs((key, form, changed) -> changed.sources().add(key))
            .build();

    static final Item HARDWARE_RATE = Item.of(
                    ItemKind.HARDWARE_RATE, "hardwareRates", "hardware_rate", HardwareRate::new)
            .<Hardware>reference("hardware", ItemKind.HARDWARE, (r, hardware) -> r.hardware = hardware)
            .required()
            .choice("kind", RateKind.STORED, (r, kind) -> r.kind = kind)
            .required()
            .positive("usdPerGpuHour", (r, usd) -> r.usdPerGpuHour = usd)
            .required()
            .date("effectiveOn", (r, day) -> r.effectiveOn = day)
            .required()
            .text("provider", Shape.LINE, (r, provider) -> r.provider = provider)
            .<Source>reference("source", ItemKind.SOURCE, (r, source) -> r.source = source)
            .namedBy("hardware", "kind", "effectiveOn", "provider")
            .flagInputs((name, form, changed) ->
                    changed.hardware().add(form.path("hardware").asText()))
            .build();

    static final Item HARDWARE_PRICE = Item.of(
                    ItemKind.HARDWARE_PRICE, "hardwarePrices", "hardware_price", HardwarePrice::new)
            .<Hardware>reference("hardware", ItemKind.HARDWARE, (p, hardware) -> p.hardware = hardware)
            .required()
            .positive("usdPerChip", (p, usd) -> p.usdPerChip = usd)
            .required()
            .date("pricedOn", (p, day) -> p.pricedOn = day)
            .required()
            .choice("basis", PriceBasis.values(), (p, basis) -> p.basis = basis)
            .required()
            .<Source>reference("source", ItemKind.SOURCE, (p, source) -> p.source = source)
            .text("note", Shape.LINE, (p, note) -> p.note = note)
            .namedBy("hardware", "pricedOn", "basis", "usdPerChip")
            .build();

    static final Item ELECTRICITY_PRICE = Item.of(
                    ItemKind.ELECTRICITY_PRICE, "electricityPrices", "electricity_price", ElectricityPrice::new)
            .year("year", "price_year", (p, year) -> p.year = year)
            .required()
            .positive("usdPerKwh", (p, usd) -> p.usdPerKwh = usd)
            .required()
            .<Source>reference("source", ItemKind.SOURCE, (p, source) -> p.source = source)
            .namedBy("year")
            .build();

    static final Item CLAIM = Item.of(ItemKind.CLAIM, "claims", "claim", Claim::new)
            .key((c, key) -> c.key = key)
            .<Source>reference("source", ItemKind.SOURCE, (c, source) -> c.source = source)
            .required()
            .<Model>reference("model", ItemKind.MODEL, (c, model) -> c.model = model)
            .<Organization>reference("organization", ItemKind.ORGANIZATION, (c, o) -> c.organization = o)
            .text("quote", Shape.TEXT, (c, quote) -> c.quote = quote)
            .required()
            .text("locator", Shape.LINE, (c, locator) -> c.locator = locator)
            .text("notes", Shape.TEXT, (c, notes) -> c.notes = notes)
            .partialDate("stated", (c, date) -> {
                c.stated = date.text();
                c.statedOn = date.ruleDay();
            })
            .shorthand("statedOn", Shape.DATE, "stated")
            .choice("quoteCheck", QuoteCheck.values(), QuoteCheck.UNCHECKED, (c, check) -> c.quoteCheck = check)
            .flag("capitalExpense", (c, capital) -> c.capitalExpense = capital)
            .shorthand("amountUsd", Shape.DECIMAL, "amount_low_usd")
            .decimal("amountLowUsd", (c, usd) -> c.amountLowUsd = usd)
            .decimal("amountHighUsd", (c, usd) -> c.amountHighUsd = usd)
            .positive("gpuHours", (c, hours) -> c.gpuHours = hours)
            .<Hardware>reference("hardware", ItemKind.HARDWARE, (c, hardware) -> c.hardware = hardware)
            .positive("rateUsdPerGpuHour", (c, rate) -> c.rateUsdPerGpuHour = rate)
            .flag("rateAssumed", (c, assumed) -> c.rateAssumed = assumed)
            .scope("presentedScope", (c, scope) -> c.presentedScope = scope)
            .count("chipCount", (c, chips) -> c.chipCount = chips)
            .positive("durationHours", (c, hours) -> c.durationHours = hours)
            .positive("trainingComputeFlop", (c, flop) -> c.trainingComputeFlop = flop)
            .categories("included", (c, mask) -> c.includedMask = mask, CLAIM_COVERAGE)
            .required()
            .categories("excluded", (c, mask) -> c.excludedMask = mask, CLAIM_COVERAGE)
            .<Claim>reference("cites", ItemKind.CLAIM, (c, cited) -> c.cites = cited)
            .rules(new ClaimRules())
            .flagInputs((key, form, changed) -> {
                changed.claims().add(key);
                if (form.path("model").isTextual()) {
                    changed.models().add(form.path("model").asText());
                }
            })
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
