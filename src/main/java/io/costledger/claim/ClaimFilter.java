package io.costledger.claim;

import io.costledger.analysis.FlagCode;
import io.costledger.analysis.Severity;
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
        String includesCategory) {

    static final ClaimFilter NONE = new ClaimFilter(null, null, null, null, null, null);

    /** Whether the filter asks for exactly one of a flag code or a severity, and nothing else. */
    boolean onlyByFlagOrSeverity() {
        return model == null
                && organization == null
                && source == null
                && includesCategory == null
                && (flag == null) != (severity == null);
    }
}
