package io.costledger.hardware;

import io.costledger.analysis.RateKind;
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

@GraphQLApi
@ApplicationScoped
public class HardwareGraphQL {

    static final int MAX_HARDWARE = 200;
    static final int MAX_RATES = 2_000;
    static final int MAX_RATES_OF_ONE = 100;

    @Inject
    HardwareQueries hardware;

    @Inject
    SourceQueries sources;

    @Query("hardware")
    @Description("Every piece of hardware, by key.")
    @MaxItems(MAX_HARDWARE)
    public @NonNull List<@NonNull HardwareView> hardware() {
        return hardware.all();
    }

    @Query("hardwareRates")
    @Description("Hourly rates, optionally of one hardware key and one kind, by hardware, kind, date and provider.")
    @MaxItems(MAX_RATES)
    public @NonNull List<@NonNull HardwareRateView> hardwareRates(
            @Name("hardware") String hardwareKey, @Name("kind") RateKind kind) {
        return hardware.rates(hardwareKey, kind);
    }

    @Name("rates")
    @Description("The hardware's hourly rates, by kind, date and provider.")
    @MaxItems(MAX_RATES_OF_ONE)
    public List<@NonNull List<@NonNull HardwareRateView>> rates(@Source List<HardwareView> page) {
        return Batches.group(
                page,
                HardwareView::id,
                hardware.ratesOf(Batches.ids(page, HardwareView::id)),
                rate -> rate.hardware().id());
    }

    @Name("peakFlopsSource")
    @Description("Where the peak was published, or null.")
    public List<SourceView> peakFlopsSource(@Source List<HardwareView> page) {
        return Batches.pick(
                page,
                HardwareView::peakFlopsSourceId,
                sources.byIds(Batches.ids(page, HardwareView::peakFlopsSourceId)));
    }

    @Name("source")
    @Description("Where the rate was published, or null.")
    public List<SourceView> source(@Source List<HardwareRateView> rates) {
        return Batches.pick(
                rates, HardwareRateView::sourceId, sources.byIds(Batches.ids(rates, HardwareRateView::sourceId)));
    }
}
