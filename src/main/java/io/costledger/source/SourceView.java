package io.costledger.source;

import io.costledger.analysis.PartialDate;
import io.costledger.analysis.SourceKind;
import io.costledger.date.PartialDateView;
import java.time.LocalDate;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

@Type("Source")
public record SourceView(
        @Ignore long id,
        @NonNull String key,
        @NonNull String title,
        String url,
        String publisher,

        @Deprecated @Description("The first day of published (ISO-8601). Use published: it keeps the date's precision.")
        LocalDate publishedOn,

        @Description("When the source was published, as precise as it states it.")
        PartialDateView published,

        @NonNull SourceKind kind,
        @Ignore LocalDate publishedRuleDay) {

    /** A source whose date is stored as {@code published} (YYYY, YYYY-MM or YYYY-MM-DD; null when unknown). */
    public static SourceView of(
            long id, String key, String title, String url, String publisher, String published, SourceKind kind) {
        PartialDate date = PartialDateView.parse(published);
        return new SourceView(
                id,
                key,
                title,
                url,
                publisher,
                date == null ? null : date.from(),
                PartialDateView.of(date),
                kind,
                date == null ? null : date.ruleDay());
    }

    /** A row is its id. */
    @Override
    public boolean equals(Object other) {
        return other instanceof SourceView that && id == that.id;
    }

    @Override
    public int hashCode() {
        return Long.hashCode(id);
    }
}
