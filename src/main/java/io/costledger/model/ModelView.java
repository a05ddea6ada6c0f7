package io.costledger.model;

import io.costledger.analysis.PartialDate;
import io.costledger.date.PartialDateView;
import io.costledger.organization.OrganizationView;
import java.time.LocalDate;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

/** A model as the API shows it, with its organization read in the same statement. */
@Type("Model")
public record ModelView(
        @Ignore long id,
        @NonNull String key,
        @NonNull String name,
        @NonNull OrganizationView organization,

        @Deprecated @Description("The first day of released (ISO-8601). Use released: it keeps the date's precision.")
        LocalDate releasedOn,

        @Description("When the model was released, as precise as its source states it.")
        PartialDateView released,

        @Ignore LocalDate releasedRuleDay,
        @Ignore Long baseModelId) {

    /** A model whose release date is stored as {@code released} (YYYY, YYYY-MM or YYYY-MM-DD; null when unknown). */
    public static ModelView of(
            long id, String key, String name, OrganizationView organization, String released, Long baseModelId) {
        PartialDate date = PartialDateView.parse(released);
        return new ModelView(
                id,
                key,
                name,
                organization,
                date == null ? null : date.from(),
                PartialDateView.of(date),
                date == null ? null : date.ruleDay(),
                baseModelId);
    }

    public long organizationId() {
        return organization.id();
    }

    /** A row is its id. */
    @Override
    public boolean equals(Object other) {
        return other instanceof ModelView that && id == that.id;
    }

    @Override
    public int hashCode() {
        return Long.hashCode(id);
    }
}
