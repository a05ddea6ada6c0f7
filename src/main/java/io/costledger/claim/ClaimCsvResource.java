package io.costledger.claim;

import io.costledger.analysis.Compute;
import io.costledger.analysis.FlagCode;
import io.costledger.analysis.PartialDate;
import io.costledger.analysis.QuoteCheck;
import io.costledger.analysis.Severity;
import io.costledger.analysis.SourceKind;
import io.costledger.db.Columns;
import io.costledger.db.Conditions;
import io.costledger.db.Database;
import io.costledger.db.Sql;
import io.costledger.graphql.ETags;
import io.costledger.http.Csv;
import io.costledger.http.CsvDownload;
import io.costledger.http.ErrorShape;
import io.costledger.http.Parameters;
import io.costledger.json.InputChecks;
import io.costledger.limits.Alarms;
import io.costledger.limits.Deadline;
import io.costledger.limits.Downloads;
import io.costledger.limits.Limits;
import io.costledger.limits.QueryGate;
import io.costledger.taxonomy.CostCategoryView;
import io.costledger.taxonomy.TaxonomyCatalog;
import io.vertx.core.http.HttpServerRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.Validator;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/**
 * {@code GET /claims.csv}: every claim matching the filters of {@code claims} (as query parameters), one row each, by
 * key, streamed from one read-only snapshot in chunks of {@value #CHUNK} rows (each with one statement for its flags),
 * so memory stays flat whatever the ledger's size.
 */
@Path("/claims.csv")
@ApplicationScoped
public class ClaimCsvResource {

    static final int CHUNK = 1000;

    private static final String SELECT = "select c.id, c.key, m.key as model_key, o.key as organization_key,"
            + " s.key as source_key, s.kind as source_kind, coalesce(c.stated, s.published) as stated,"
            + " c.quote_check, c.capital_expense,"
            + " c.amount_low_usd, c.amount_high_usd, c.gpu_hours, c.chip_count, c.duration_hours,"
            + " c.training_compute_flop, h.key as hardware_key, h.peak_flops_per_second, c.rate_usd_per_gpu_hour,"
            + " c.rate_assumed, c.included_mask, c.excluded_mask, c.presented_scope_id, ct.key as cites_key, c.quote"
            + ClaimQueries.FROM;

    @Inject
    Database database;

    @Inject
    ClaimQueries claims;

    @Inject
    TaxonomyCatalog catalog;

    @Inject
    ETags etags;

    @Inject
    Limits limits;

    @Inject
    Alarms alarms;

    @Inject
    Validator validator;

    @Inject
    Downloads downloads;

    @Inject
    QueryGate gate;

    @GET
    @Produces(CsvDownload.MEDIA)
    @Operation(
            summary = "Claims as CSV",
            description = "One row per claim matching the filters of the GraphQL claims list (query parameters of the"
                    + " same names; lists repeated or comma-separated). RFC 4180, UTF-8 with a byte-order mark;"
                    + " cells a spreadsheet would run as formulas start with an apostrophe.")
    @APIResponse(responseCode = "200", description = "The CSV, with an ETag.")
    @APIResponse(responseCode = "304", description = "Not modified: If-None-Match names the current ETag.")
    @APIResponse(
            responseCode = "400",
            description = "INVALID_ARGUMENT: a parameter that is not valid.",
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
        ClaimFilter filter = filter(uri.getQueryParameters());
        InputChecks.valid(validator, filter, field -> "The parameter " + field);
        Conditions where = claims.where(filter);
        ETags.DownloadTag tag = etags.ofDownload(
                        "/claims.csv?" + uri.getRequestUri().getRawQuery())
                .orElse(null);
        long atLeast = tag == null ? 0 : tag.version();
        return CsvDownload.answer(
                "claims.csv",
                tag == null ? null : tag.tag(),
                tag == null ? null : tag.version(),
                ifNoneMatch,
                () -> downloads.start(request),
                csv -> {
                    try (Deadline limit = new Deadline(alarms, limits.downloadTimeout())) {
                        write(csv, where, limit, atLeast);
                    }
                });
    }

    private void write(Csv csv, Conditions filter, Deadline deadline, long atLeast) {
        List<CostCategoryView> categories = catalog.categories();
        List<String> header = new ArrayList<>(List.of(
                "key",
                "model",
                "organization",
                "source",
                "source_kind",
                "stated_on",
                "amount_low_usd",
                "amount_high_usd",
                "gpu_hours",
                "gpu_hours_derived",
                "chip_count",
                "duration_hours",
                "training_compute_flop",
                "implied_utilization",
                "hardware",
                "rate_usd_per_gpu_hour",
                "rate_assumed"));
        categories.forEach(category -> header.add(category.code()));
        header.addAll(List.of(
                "stated",
                "stated_precision",
                "quote_check",
                "capital_expense",
                "presented_scope",
                "cites",
                "flags",
                "quote"));
        csv.row(header);
        // the date as given is text, a year included
        int stated = header.indexOf("stated");
        database.snapshot(deadline, atLeast, sql -> {
            String after = null;
            while (true) {
                // a chunk is read in a query turn, and written to the client after it
                String from = after;
                List<List<String>> rows = gate.through(deadline, () -> chunk(sql, filter, from, categories));
                rows.forEach(row -> csv.row(row, column -> column == stated));
                if (rows.size() < CHUNK) {
                    return null;
                }
                after = rows.get(rows.size() - 1).get(0);
            }
        });
    }

    /** The rows of the claims after {@code after}, in key order, at most {@link #CHUNK}, flags filled in. */
    private List<List<String>> chunk(Sql sql, Conditions filter, String after, List<CostCategoryView> categories) {
        Conditions where = filter.copy().and("c.key > ?", after);
        List<List<String>> rows = new ArrayList<>(CHUNK);
        List<Long> ids = new ArrayList<>(CHUNK);
        sql.each(
                SELECT + where.where() + " order by c.key limit ?",
                row -> {
                    ids.add(row.getLong("id"));
                    rows.add(cells(row, categories));
                },
                where.parameters(CHUNK));
        if (rows.isEmpty()) {
            return rows;
        }
        Map<Long, List<String>> flags = new HashMap<>();
        sql.each(
                "select claim_id, code from claim_flag where claim_id = any(?) order by claim_id, position",
                row -> flags.computeIfAbsent(row.getLong("claim_id"), id -> new ArrayList<>())
                        .add(row.getString("code")),
                sql.array("bigint", ids));
        for (int i = 0; i < rows.size(); i++) {
            List<String> cells = rows.get(i);
            cells.set(cells.size() - 2, String.join(" ", flags.getOrDefault(ids.get(i), List.of())));
        }
        return rows;
    }

    private List<String> cells(java.sql.ResultSet row, List<CostCategoryView> categories) throws java.sql.SQLException {
        BigDecimal stated = row.getBigDecimal("gpu_hours");
        Integer chips = Columns.intOrNull(row, "chip_count");
        BigDecimal hours = row.getBigDecimal("duration_hours");
        BigDecimal gpuHours = stated != null ? stated : Compute.derivedGpuHours(chips, hours);
        BigDecimal flop = row.getBigDecimal("training_compute_flop");
        PartialDate date = PartialDate.parse(row.getString("stated")).orElse(null);
        List<String> cells = new ArrayList<>(List.of(
                row.getString("key"),
                text(row.getString("model_key")),
                row.getString("organization_key"),
                row.getString("source_key"),
                row.getString("source_kind"),
                date == null ? "" : date.from().toString(),
                number(row.getBigDecimal("amount_low_usd")),
                number(row.getBigDecimal("amount_high_usd")),
                number(gpuHours),
                Boolean.toString(stated == null && gpuHours != null),
                chips == null ? "" : chips.toString(),
                number(hours),
                number(flop),
                number(Compute.impliedUtilization(flop, gpuHours, row.getBigDecimal("peak_flops_per_second"))),
                text(row.getString("hardware_key")),
                number(row.getBigDecimal("rate_usd_per_gpu_hour")),
                Boolean.toString(row.getBoolean("rate_assumed"))));
        List<String> included = catalog.categoryCodes(row.getLong("included_mask"));
        List<String> excluded = catalog.categoryCodes(row.getLong("excluded_mask"));
        for (CostCategoryView category : categories) {
            cells.add(
                    included.contains(category.code())
                            ? "INCLUDED"
                            : excluded.contains(category.code()) ? "EXCLUDED" : "UNSTATED");
        }
        cells.add(date == null ? "" : date.text());
        cells.add(date == null ? "" : date.precision().name());
        cells.add(row.getString("quote_check"));
        cells.add(Boolean.toString(row.getBoolean("capital_expense")));
        Long scope = Columns.longOrNull(row, "presented_scope_id");
        cells.add(scope == null ? "" : catalog.scope(scope).code());
        cells.add(text(row.getString("cites_key")));
        cells.add(""); // flags, filled in per chunk
        cells.add(row.getString("quote"));
        return cells;
    }

    private static String text(Object value) {
        return value == null ? "" : value.toString();
    }

    private static String number(BigDecimal value) {
        return value == null ? "" : value.stripTrailingZeros().toPlainString();
    }

    /** The filter of {@code claims} from query parameters of the same names; lists repeat or separate by commas. */
    static ClaimFilter filter(Map<String, List<String>> parameters) {
        return new ClaimFilter(
                Parameters.one(parameters, "model"),
                Parameters.one(parameters, "organization"),
                Parameters.one(parameters, "source"),
                Parameters.parse(parameters, "flag", FlagCode::valueOf),
                Parameters.parse(parameters, "severity", Severity::valueOf),
                Parameters.one(parameters, "includesCategory"),
                Parameters.parse(parameters, "amountFrom", Parameters::number),
                Parameters.parse(parameters, "amountTo", Parameters::number),
                Parameters.parse(parameters, "statedFrom", InputChecks::date),
                Parameters.parse(parameters, "statedTo", InputChecks::date),
                Parameters.list(parameters, "sourceKinds", SourceKind::valueOf),
                Parameters.list(parameters, "flags", FlagCode::valueOf),
                Parameters.one(parameters, "presentedScope"),
                Parameters.parse(parameters, "hasGpuHours", Parameters::bool),
                Parameters.parse(parameters, "quoteCheck", QuoteCheck::valueOf));
    }
}
