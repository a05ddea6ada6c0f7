package io.costledger.bundle.input;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.Input;

/**
 * The GraphQL shape of a bundle. Its lists only declare the input types of the schema; the loader reads the argument
 * as the JSON it arrived as ({@link #json()}), exactly as {@code POST /bundles} reads its body, so that both report
 * the same problems. The GraphQL engine builds it with {@link #fromArgument}.
 */
@Input("BundleInput")
@Description("Organizations, models, hardware, sources, rates, prices and claims to create or update by key, all or"
        + " nothing.")
public final class BundleInput {

    public List<OrganizationInput> organizations;
    public List<ModelInput> models;
    public List<HardwareInput> hardware;
    public List<SourceInput> sources;
    public List<HardwareRateInput> hardwareRates;
    public List<HardwarePriceInput> hardwarePrices;
    public List<ElectricityPriceInput> electricityPrices;
    public List<ClaimInput> claims;
    public List<@org.eclipse.microprofile.graphql.NonNull RetractionInput> retractions;

    @Ignore
    private JsonNode json;

    /** The bundle argument as sent. */
    public static BundleInput fromArgument(JsonNode json) {
        BundleInput input = new BundleInput();
        input.json = json;
        return input;
    }

    /** The argument as JSON. */
    public JsonNode json() {
        return json;
    }
}
