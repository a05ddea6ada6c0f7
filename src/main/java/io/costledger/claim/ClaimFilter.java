package io.costledger.claim;

import io.costledger.analysis.FlagCode;
import io.costledger.analysis.QuoteCheck;
import io.costledger.analysis.Severity;
import io.costledger.analysis.SourceKind;
import jakarta.validation.constraints.Digits;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;

@Input("ClaimFilter")
public record ClaimFilter(
        @Description("Key of the model the claim is about.") String model,

        @Description("Key of the organization the claim is about.")
        String organization,

        @Description("Key of the source that states the claim.")
        String source,

        @Description("Only claims that carry this flag.") FlagCode flag,

        @Description("Only claims that carry a flag of this severity.")
        Severity severity,

        @Description("Code of a category the claim includes.")
        String includesCategory,

        @Description("Claims whose amount range [low, high] reaches this many USD or more (an open-ended high"
                + " always does); claims without an amount never match an amount filter.")
        @Digits(integer = 18, fraction = 2, message = AMOUNT)
        BigDecimal amountFrom,

        @Description("Claims whose amount range starts at or below this many USD (a missing low counts as 0).")
        @Digits(integer = 18, fraction = 2, message = AMOUNT)
        BigDecimal amountTo,

        @Description("Claims dated on or after this day (their own date, else their source's); undated claims are"
                + " left out.")
        LocalDate statedFrom,

        @Description("Claims dated on or before this day; undated claims are left out.")
        LocalDate statedTo,

        @Description("Claims whose source is of any of these kinds.")
        List<SourceKind> sourceKinds,

        @Description("Claims that carry any of these flags.")
        List<FlagCode> flags,

        @Description("Code of the scope the claims are presented as.")
        String presentedScope,

        @Description("true: claims with GPU-hours (stated, or chips x hours); false: claims without.")
        Boolean hasGpuHours,

        @Description("Only claims whose quote was checked this way.")
        QuoteCheck quoteCheck) {

    /** The amounts it filters are NUMERIC(20, 2). */
    static final String AMOUNT =
            "must have at most 18 digits before the decimal point and 2 after, as the amounts it filters";

    static final ClaimFilter NONE =
            new ClaimFilter(null, null, null, null, null, null, null, null, null, null, null, null, null, null, null);

    /** Whether the filter asks for exactly one of a flag code or a severity, and nothing else. */
    boolean onlyByFlagOrSeverity() {
        return model == null
                && organization == null
                && source == null
                && includesCategory == null
                && amountFrom == null
                && amountTo == null
                && statedFrom == null
                && statedTo == null
                && (sourceKinds == null || sourceKinds.isEmpty())
                && (flags == null || flags.isEmpty())
                && presentedScope == null
                && hasGpuHours == null
                && quoteCheck == null
                && (flag == null) != (severity == null);
    }
}
