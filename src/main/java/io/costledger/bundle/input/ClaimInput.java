package io.costledger.bundle.input;

import io.costledger.analysis.QuoteCheck;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

@Input("ClaimInput")
public record ClaimInput(
        @NonNull String key,

        @Description("Key of the source that states the claim.") @NonNull
        String source,

        @Description("Key of the model the claim is about; omit for an organization-wide claim.")
        String model,

        @Description("Key of the organization; defaults to the model's, and must match it.")
        String organization,

        @Description("The source's words, verbatim.") @NonNull
        String quote,

        @Description("Page, section or timestamp in the source.")
        String locator,

        @Description("How the figure was read from the source, where that took judgement.")
        String notes,

        @Description("Defaults to the source's publication date.")
        LocalDate statedOn,

        @Description("YYYY, YYYY-MM or YYYY-MM-DD; instead of statedOn.")
        String stated,

        @Description("How the quote was checked; UNCHECKED when not given.")
        QuoteCheck quoteCheck,

        @Description("True when the figure is what hardware or a facility cost to buy, not a cost of training: it"
                + " includes exactly INFRASTRUCTURE and states an amount.")
        Boolean capitalExpense,

        @Description("Shorthand for amountLowUsd = amountHighUsd; not combined with them.")
        BigDecimal amountUsd,

        BigDecimal amountLowUsd,

        @Description("Omit for an open-ended figure (\"more than ...\").")
        BigDecimal amountHighUsd,

        BigDecimal gpuHours,

        @Description("Key of the hardware; required with gpuHours.")
        String hardware,

        BigDecimal rateUsdPerGpuHour,

        @Description("True when the source's rate is notional, not money paid.")
        Boolean rateAssumed,

        @Description("Code of the scope the text frames the figure as.")
        String presentedScope,

        @Description("How many chips the run used.") Integer chipCount,

        @Description("How long the run took, in hours; with chipCount, gives gpuHours when they are not stated.")
        BigDecimal durationHours,

        @Description("The training compute the source states, in FLOP (not FLOP/s).")
        BigDecimal trainingComputeFlop,

        @Description("Codes of the categories the figure covers; at least one.") @NonNull
        List<@NonNull String> included,

        @Description("Codes of the categories the source says it leaves out.")
        List<String> excluded,

        @Description("Key of the claim this one repeats.") String cites) {}
