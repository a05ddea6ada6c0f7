package io.costledger.hardware;

import io.costledger.graphql.Batches;
import io.costledger.graphql.MaxItems;
import io.costledger.source.SourceQueries;
import io.costledger.source.SourceView;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Source;

/** What owning hardware costs: chip prices and electricity prices (SEMANTICS.md part 3). */
@GraphQLApi
@ApplicationScoped
public class PriceGraphQL {

    static final int MAX_PRICES = 2_000;
    static final int MAX_PRICES_OF_ONE = 100;
    static final int MAX_YEARS = 10_000;

    @Inject
    PriceQueries prices;

    @Inject
    SourceQueries sources;

    @Query("hardwarePrices")
    @Description("Purchase prices, by hardware key, then as Hardware.prices orders them.")
    @MaxItems(MAX_PRICES)
    public @NonNull List<@NonNull HardwarePriceView> hardwarePrices(@Name("hardware") String hardwareKey) {
        return prices.prices(hardwareKey);
    }

    @Query("electricityPrices")
    @Description("Electricity prices, USD per kWh, by year.")
    @MaxItems(MAX_YEARS)
    public @NonNull List<@NonNull ElectricityPriceView> electricityPrices() {
        return prices.electricity();
    }

    @Name("prices")
    @Description("Purchase prices: earliest first; on one date SERVER_SHARE first, then the lower price (the first is"
            + " the one the amortized method uses).")
    @MaxItems(MAX_PRICES_OF_ONE)
    public List<@NonNull List<@NonNull HardwarePriceView>> prices(@Source List<HardwareView> page) {
        return Batches.group(
                page,
                HardwareView::id,
                prices.pricesOf(Batches.ids(page, HardwareView::id)),
                price -> price.hardware().id());
    }

    @Name("source")
    @Description("Where the price was published, or null.")
    public List<SourceView> priceSource(@Source List<HardwarePriceView> page) {
        return Batches.pick(
                page, HardwarePriceView::sourceId, sources.byIds(Batches.ids(page, HardwarePriceView::sourceId)));
    }

    @Name("source")
    @Description("Where the price was published, or null.")
    public List<SourceView> electricitySource(@Source List<ElectricityPriceView> page) {
        return Batches.pick(
                page, ElectricityPriceView::sourceId, sources.byIds(Batches.ids(page, ElectricityPriceView::sourceId)));
    }
}
