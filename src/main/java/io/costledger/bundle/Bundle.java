package io.costledger.bundle;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;

/**
 * Everything a researcher adds or corrects in one go, each item identified by its key (rates by hardware, kind,
 * effective date and provider). References point at items of the same bundle or at stored rows. Also the shape of
 * the reference dataset files in {@code db/reference} and of the export.
 */
@Input("BundleInput")
@Description("Organizations, models, hardware, sources, rates and claims to create or update by key, all or nothing.")
public record Bundle(
        List<OrganizationInput> organizations,
        List<ModelInput> models,
        List<HardwareInput> hardware,
        List<SourceInput> sources,
        List<HardwareRateInput> hardwareRates,
        List<ClaimInput> claims) {

    public Bundle {
        organizations = listOf(organizations);
        models = listOf(models);
        hardware = listOf(hardware);
        sources = listOf(sources);
        hardwareRates = listOf(hardwareRates);
        claims = listOf(claims);
    }

    private static <T> List<T> listOf(List<T> items) {
        return items == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(items));
    }
}
