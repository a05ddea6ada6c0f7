package io.costledger.hardware;

import io.costledger.analysis.RateKind;
import io.costledger.api.ApiErrors;
import io.costledger.api.Batches;
import io.costledger.source.SourceQueries;
import io.costledger.source.SourceView;
import jakarta.inject.Inject;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Source;

@GraphQLApi
@ApiErrors.Guarded
public class HardwareGraphQL {

    @Inject
    HardwareQueries hardware;

    @Inject
    SourceQueries sources;

    @Query("hardware")
    @Description("Every piece of hardware, by key.")
    public @NonNull List<@NonNull HardwareView> hardware() {
        return hardware.all();
    }

    @Query("hardwareRates")
    @Description("Hourly rates, optionally of one hardware key and one kind, by hardware, kind, date and provider.")
    public @NonNull List<@NonNull HardwareRateView> hardwareRates(
            @Name("hardware") String hardwareKey, @Name("kind") RateKind kind) {
        return hardware.rates(hardwareKey, kind);
    }

    @Name("rates")
    @Description("The hardware's hourly rates, by kind, date and provider.")
    public List<@NonNull List<@NonNull HardwareRateView>> rates(@Source List<HardwareView> page) {
        return Batches.group(
                page,
                HardwareView::id,
                hardware.ratesOf(Batches.ids(page, HardwareView::id)),
                HardwareRateView::hardwareId);
    }

    @Name("hardware")
    public List<@NonNull HardwareView> hardwareOf(@Source List<HardwareRateView> rates) {
        return Batches.pick(
                rates, HardwareRateView::hardwareId, hardware.byIds(Batches.ids(rates, HardwareRateView::hardwareId)));
    }

    @Name("source")
    @Description("Where the rate was published, or null.")
    public List<SourceView> source(@Source List<HardwareRateView> rates) {
        return Batches.pick(
                rates, HardwareRateView::sourceId, sources.byIds(Batches.ids(rates, HardwareRateView::sourceId)));
    }
}
