package io.costledger.bundle;

import io.costledger.analysis.Taxonomy;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.Function;

/** The checks a bundle must pass on its own, before anything is looked up in the database. */
final class BundleShape {

    static final int KEY = 200;
    static final int NAME = 500;
    static final int TITLE = 1000;
    static final int URL = 2000;
    static final int QUOTE = 20000;
    static final int NOTES = 4000;
    static final int COUNTRY = 100;

    private final Taxonomy taxonomy;
    private final Problems problems;

    BundleShape(Taxonomy taxonomy, Problems problems) {
        this.taxonomy = taxonomy;
        this.problems = problems;
    }

    void check(Bundle bundle) {
        each("organizations", bundle.organizations(), OrganizationInput::key, this::organization);
        each("models", bundle.models(), ModelInput::key, this::model);
        each("hardware", bundle.hardware(), HardwareInput::key, this::hardware);
        each("sources", bundle.sources(), SourceInput::key, this::source);
        each("hardwareRates", bundle.hardwareRates(), BundleShape::rateIdentity, this::rate);
        each("claims", bundle.claims(), ClaimInput::key, new ClaimShape(taxonomy)::check);
    }

    /** Checks every item of a list, and that no identity appears twice in it. */
    private <T> void each(String list, List<T> items, Function<T, String> identity, BiConsumer<T, ItemCheck> check) {
        Map<String, Integer> seen = new HashMap<>();
        for (int i = 0; i < items.size(); i++) {
            T item = items.get(i);
            String path = list + "[" + i + "]";
            if (item == null) {
                problems.add(path, null, "is null");
                continue;
            }
            String id = identity.apply(item);
            ItemCheck itemCheck = new ItemCheck(problems, path, id);
            check.accept(item, itemCheck);
            Integer first = id == null || id.isBlank() ? null : seen.putIfAbsent(id, i);
            if (first != null) {
                itemCheck.fail("appears twice in the bundle, also at " + list + "[" + first + "]");
            }
        }
    }

    static String rateIdentity(HardwareRateInput rate) {
        return rate.hardware() + " " + rate.kind() + " " + rate.effectiveOn() + " "
                + (rate.provider() == null ? "(no provider)" : rate.provider());
    }

    private void organization(OrganizationInput organization, ItemCheck check) {
        check.required("key", organization.key(), KEY);
        check.required("name", organization.name(), NAME);
        check.optional("country", organization.country(), COUNTRY);
    }

    private void model(ModelInput model, ItemCheck check) {
        check.required("key", model.key(), KEY);
        check.required("name", model.name(), NAME);
        check.required("organization", model.organization(), KEY);
        if (model.key() != null && model.key().equals(model.baseModel())) {
            check.fail("baseModel may not be the model itself");
        }
    }

    private void hardware(HardwareInput hardware, ItemCheck check) {
        check.required("key", hardware.key(), KEY);
        check.required("name", hardware.name(), NAME);
        check.optional("vendor", hardware.vendor(), NAME);
    }

    private void source(SourceInput source, ItemCheck check) {
        check.required("key", source.key(), KEY);
        check.required("title", source.title(), TITLE);
        check.optional("url", source.url(), URL);
        check.optional("publisher", source.publisher(), NAME);
        check.present("kind", source.kind());
    }

    private void rate(HardwareRateInput rate, ItemCheck check) {
        check.required("hardware", rate.hardware(), KEY);
        check.present("kind", rate.kind());
        check.present("usdPerGpuHour", rate.usdPerGpuHour());
        check.positive("usdPerGpuHour", rate.usdPerGpuHour(), 4);
        check.present("effectiveOn", rate.effectiveOn());
        check.optional("provider", rate.provider(), NAME);
    }

    static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
