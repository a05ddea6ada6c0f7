package io.costledger.bundle;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.costledger.claim.ClaimView;
import io.costledger.claim.FlagView;
import io.costledger.graphql.ItemsOf;
import io.costledger.graphql.MaxItems;
import io.costledger.history.ItemChangeView;
import io.costledger.history.LoadView;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

/**
 * What a load did, the same over GraphQL ({@code loadBundle}) and REST ({@code POST /bundles}): the load it
 * committed, its counts and every change. The bundle's claims come as the claims themselves over GraphQL, and as
 * their keys and flags over REST.
 */
@Type("LoadReport")
@Description("What a load did: every item of the bundle counted once as created, updated or unchanged.")
public record LoadReport(
        boolean dryRun,

        @Description("The ledger version this load made (for a dry run or a load that changed nothing: the version it"
                + " read). A read that sends it in the Ledger-Min-Version header sees at least this load.")
        int ledgerVersion,

        @Description("The committed load; null for a dry run.")
        LoadView load,

        int created,
        int updated,
        int unchanged,
        int retracted,

        @Description("Every item created, updated or retracted, with the changed fields.")
        @MaxItems(MAX_ITEMS)
        @ItemsOf(argument = "bundle")
        @NonNull
        List<@NonNull ItemChangeView> changes,

        @Ignore @JsonIgnore List<ClaimView> storedClaims,
        @Ignore @JsonProperty("claims") List<Verdict> verdicts) {

    /** A bundle's lists are bounded by its body's size; the query cost counts the bundle's own items. */
    static final int MAX_ITEMS = 1_000_000;

    /** A claim of the bundle as REST reports it: its key and its flags. */
    public record Verdict(String key, List<FlagView> flags) {}
}
