package io.costledger.total;

import io.costledger.analysis.RateKind;
import io.costledger.analysis.ScopedTotal;
import io.costledger.claim.ClaimMemo;
import io.costledger.db.ReadSnapshot;
import io.costledger.error.LedgerException;
import io.costledger.graphql.ETags;
import io.costledger.http.Csv;
import io.costledger.http.CsvDownload;
import io.costledger.http.ErrorShape;
import io.costledger.http.Parameters;
import io.costledger.json.InputChecks;
import io.costledger.limits.Deadline;
import io.costledger.limits.Downloads;
import io.costledger.limits.Limits;
import io.costledger.limits.QueryGate;
import io.costledger.limits.RequestDeadline;
import io.costledger.model.ModelConnection;
import io.costledger.model.ModelFilter;
import io.costledger.model.ModelQueries;
import io.costledger.model.ModelView;
import io.costledger.paging.PageRequest;
import io.quarkus.arc.Arc;
import io.quarkus.arc.ManagedContext;
import io.vertx.core.http.HttpServerRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/**
 * {@code GET /models.csv}: one row per model matching the filters of {@code models}, with its scoped total for the
 * given scope and options, and the largest ratio among its comparison groups. Streamed in chunks of {@value #CHUNK}
 * models, each computed as {@code scopedTotal} and {@code comparisons} compute a page, in one read snapshot.
 */
@Path("/models.csv")
@ApplicationScoped
public class ModelCsvResource {

    static final int CHUNK = 500;

    @Inject
    ModelQueries models;

    @Inject
    ScopedTotalService totals;

    @Inject
    ComparisonGraphQL comparisons;

    @Inject
    Instance<ClaimMemo> memo;

    @Inject
    Instance<RequestDeadline> deadlines;

    @Inject
    Limits limits;

    @Inject
    ETags etags;

    @Inject
    Downloads downloads;

    @Inject
    Instance<ReadSnapshot> snapshots;

    @Inject
    QueryGate gate;

    @GET
    @Produces(CsvDownload.MEDIA)
    @Operation(
            summary = "Models with their totals as CSV",
            description = "One row per model matching the filters of the GraphQL models list (query parameters of"
                    + " the same names), with its scoped total for scope (required), rateKind, includeLineage and"
                    + " includeFlagged, and the largest ratio among its comparison groups.")
    @APIResponse(responseCode = "200", description = "The CSV, with an ETag.")
    @APIResponse(responseCode = "304", description = "Not modified: If-None-Match names the current ETag.")
    @APIResponse(
            responseCode = "400",
            description = "INVALID_ARGUMENT: a missing scope or a parameter that is not valid.",
            content = @Content(schema = @Schema(implementation = ErrorShape.class)))
    @APIResponse(
            responseCode = "503",
            description =
                    "TIMEOUT, SERVICE_BUSY (as many downloads as run at once, or every database connection, in use;"
                            + " Retry-After) or DATABASE_UNAVAILABLE.",
            content = @Content(schema = @Schema(implementation = ErrorShape.class)))
    public Response csv(
            @Context UriInfo uri,
            @Context HttpServerRequest request,
            @HeaderParam("If-None-Match") String ifNoneMatch) {
        Map<String, List<String>> parameters = uri.getQueryParameters();
        String scope = Parameters.one(parameters, "scope");
        if (scope == null) {
            throw LedgerException.invalidArgument("The parameter scope is required, e.g. scope=ALL_IN.");
        }
        TotalOptions options = new TotalOptions(
                scope,
                Parameters.parse(parameters, "includeLineage", Parameters::bool),
                Parameters.parse(parameters, "includeFlagged", Parameters::bool),
                Parameters.parse(parameters, "rateKind", RateKind::valueOf));
        ModelFilter filter = new ModelFilter(
                Parameters.one(parameters, "organization"),
                Parameters.one(parameters, "nameContains"),
                Parameters.list(parameters, "organizations", value -> value),
                Parameters.parse(parameters, "releasedFrom", InputChecks::date),
                Parameters.parse(parameters, "releasedTo", InputChecks::date));
        totals.requireScope(scope); // before the first byte: an unknown scope is INVALID_ARGUMENT
        ETags.DownloadTag tag = etags.ofDownload(
                        "/models.csv?" + uri.getRequestUri().getRawQuery())
                .orElse(null);
        return CsvDownload.answer(
                "models.csv",
                tag == null ? null : tag.tag(),
                tag == null ? null : tag.version(),
                ifNoneMatch,
                () -> downloads.start(request),
                csv -> {
                    ManagedContext context = Arc.container().requestContext();
                    boolean activated = !context.isActive();
                    if (activated) {
                        context.activate();
                    }
                    try {
                        if (tag != null) {
                            snapshots.get().atLeast(tag.version()); // never older than its tag says
                        }
                        write(csv, filter, options, deadlines.get().start(limits.downloadTimeout()));
                    } finally {
                        if (activated) {
                            context.terminate();
                        }
                    }
                });
    }

    private void write(Csv csv, ModelFilter filter, TotalOptions options, Deadline deadline) {
        List<String> header = List.of(
                "key",
                "name",
                "organization",
                "released_on",
                "scope",
                "low_usd",
                "high_usd",
                "complete",
                "lower_bound",
                "covered_categories",
                "missing_categories",
                "largest_ratio",
                "largest_ratio_categories",
                "released",
                "released_precision");
        csv.row(header);
        // the release date as given is text, a year included
        int released = header.indexOf("released");
        String after = null;
        while (true) {
            // a chunk is computed in a query turn, and written to the client after it
            String from = after;
            Chunk chunk = gate.through(deadline, () -> chunk(filter, options, from));
            chunk.rows().forEach(row -> csv.row(row, column -> column == released));
            if (chunk.last() == null) {
                return;
            }
            after = chunk.last();
        }
    }

    /** A chunk's rows, and the key to continue after (null: none follows). */
    private record Chunk(List<List<String>> rows, String last) {}

    private Chunk chunk(ModelFilter filter, TotalOptions options, String after) {
        memo.get().clear();
        ModelConnection page = models.page(filter, new PageRequest(CHUNK, after));
        List<ModelView> chunk = page.nodes();
        if (chunk.isEmpty()) {
            return new Chunk(List.of(), null);
        }
        List<List<ComparisonView>> groups =
                comparisons.comparisons(chunk, options.rateKind(), options.includeFlagged());
        List<List<String>> rows = new ArrayList<>(chunk.size());
        totals.eachTotal(chunk, options, (i, total) -> rows.add(row(chunk.get(i), total, groups.get(i))));
        return new Chunk(
                rows,
                page.pageInfo().hasNextPage() ? chunk.get(chunk.size() - 1).key() : null);
    }

    private static List<String> row(ModelView model, ScopedTotal total, List<ComparisonView> groups) {
        ComparisonView widest = null;
        for (ComparisonView group : groups) {
            if (group.ratio() != null && (widest == null || group.ratio().compareTo(widest.ratio()) > 0)) {
                widest = group;
            }
        }
        return new ArrayList<>(Arrays.asList(
                model.key(),
                model.name(),
                model.organization().key(),
                model.releasedOn() == null ? "" : model.releasedOn().toString(),
                total.scope(),
                number(total.lowUsd()),
                number(total.highUsd()),
                Boolean.toString(total.complete()),
                Boolean.toString(total.lowerBound()),
                String.join(" ", total.coveredCategories()),
                String.join(" ", total.missingCategories()),
                widest == null ? "" : number(widest.ratio()),
                widest == null ? "" : String.join(" ", widest.categories()),
                model.released() == null ? "" : model.released().text(),
                model.released() == null ? "" : model.released().precision().name()));
    }

    private static String number(BigDecimal value) {
        return value == null ? "" : value.stripTrailingZeros().toPlainString();
    }
}
