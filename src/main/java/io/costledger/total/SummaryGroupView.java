package io.costledger.total;

import io.costledger.organization.OrganizationView;
import java.math.BigDecimal;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

/** One group of a summary: the models of one release year or of one organization, with their scoped totals. */
@Type("SummaryGroup")
public record SummaryGroupView(
        @Description("The release year; null for the models without a release date (and when grouping by"
                + " organization).")
        Integer year,

        @Description("The organization (when grouping by organization).")
        OrganizationView organization,

        @Description("How many models the group holds.") int models,

        @Description("How many claims are about the group's models.")
        int claims,

        @Description("How many of those claims carry an ERROR flag.")
        int claimsWithErrors,

        @Description("The sum of the models' scoped-total lows, in USD.") @NonNull
        BigDecimal totalLowUsd,

        @Description("How many of the models' totals are complete.")
        int completeTotals,

        @Description("How many of the models' totals take at least one claim.")
        int pricedModels,

        @Description("Among the totals that take at least one claim, the largest by lowUsd (ties: the model key"
                + " first in order); null when none does.")
        ScopedTotalView largest,

        @Description("The median lowUsd of the totals that take at least one claim (the mean of the middle two,"
                + " rounded half-even to cents, for an even number); null when none does.")
        BigDecimal medianLowUsd) {}
