package io.costledger.claim;

import io.costledger.analysis.Compute;
import io.costledger.analysis.FlagCode;
import io.costledger.analysis.PartialDate;
import io.costledger.analysis.QuoteCheck;
import io.costledger.analysis.Severity;
import io.costledger.date.PartialDateView;
import io.costledger.db.Columns;
import io.costledger.db.Conditions;
import io.costledger.db.Database;
import io.costledger.db.RowMapper;
import io.costledger.db.Sql;
import io.costledger.error.LedgerException;
import io.costledger.graphql.Batches;
import io.costledger.hardware.HardwareQueries;
import io.costledger.hardware.HardwareView;
import io.costledger.model.ModelQueries;
import io.costledger.model.ModelView;
import io.costledger.organization.OrganizationQueries;
import io.costledger.organization.OrganizationView;
import io.costledger.paging.PageRequest;
import io.costledger.paging.Sorting;
import io.costledger.source.SourceQueries;
import io.costledger.source.SourceView;
import io.costledger.taxonomy.CostCategoryView;
import io.costledger.taxonomy.TaxonomyCatalog;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Reads claims with their organization, hardware and stated coverage (one statement for a batch of claims, however
 * large), their distinct models and sources (one statement each), and their stored flags ({@link #findings}: one
 * statement for a batch).
 */
@ApplicationScoped
public class ClaimQueries {

    // source and model are joined for the filters only: a statement that does not name them skips the join (a left
    // join on a key the select list does not use); their rows are read once per batch, not once per claim
    static final String FROM = " from claim c"
            + " join organization o on o.id = c.organization_id"
            + " left join source s on s.id = c.source_id"
            + " left join model m on m.id = c.model_id"
            + " left join hardware h on h.id = c.hardware_id"
            + " left join claim ct on ct.id = c.cites_id";
    private static final String SELECT = "select c.id, c.key, c.model_id, c.source_id, c.quote, c.locator, c.notes,"
            + " c.stated, c.quote_check, c.capital_expense, c.amount_low_usd, c.amount_high_usd, c.gpu_hours, c.rate_usd_per_gpu_hour,"
            + " c.rate_assumed, c.chip_count, c.duration_hours, c.training_compute_flop, c.presented_scope_id, c.included_mask, c.excluded_mask, ct.id as cites_id,"
            + " ct.key as cites_key, " + OrganizationQueries.columns("o", "organization_") + ", "
            + HardwareQueries.columns("h", "hardware_") + FROM;
    private static final String FLAGS = "select claim_id, code, severity, message, categories_mask from claim_flag"
            + " where claim_id = any(?) order by claim_id, position";

    private static final RowMapper<OrganizationView> ORGANIZATION = OrganizationQueries.mapper("organization_");
    private static final RowMapper<HardwareView> HARDWARE = HardwareQueries.mapper("hardware_");
    private final RowMapper<FlagView> flag = row -> new FlagView(
            FlagCode.valueOf(row.getString("code")),
            Severity.valueOf(row.getString("severity")),
            row.getString("message"),
            this.catalog.categoryCodes(row.getLong("categories_mask")));
    /** A claim row: the claim without its model and source, which {@link #claims(Function)} adds. */
    private record Row(ClaimView claim, Long modelId, long sourceId) {}

    private final RowMapper<Row> row = row -> {
        HardwareView hardware = Columns.longOrNull(row, "hardware_id") == null ? null : HARDWARE.map(row);
        BigDecimal statedGpuHours = row.getBigDecimal("gpu_hours");
        Integer chipCount = Columns.intOrNull(row, "chip_count");
        BigDecimal durationHours = row.getBigDecimal("duration_hours");
        BigDecimal trainingComputeFlop = row.getBigDecimal("training_compute_flop");
        PartialDate stated = PartialDateView.parse(row.getString("stated"));
        BigDecimal gpuHours =
                statedGpuHours != null ? statedGpuHours : Compute.derivedGpuHours(chipCount, durationHours);
        return new Row(
                new ClaimView(
                        row.getLong("id"),
                        row.getString("key"),
                        null,
                        ORGANIZATION.map(row),
                        null,
                        row.getString("quote"),
                        row.getString("locator"),
                        row.getString("notes"),
                        stated == null ? null : stated.from(),
                        PartialDateView.of(stated),
                        QuoteCheck.valueOf(row.getString("quote_check")),
                        row.getBoolean("capital_expense"),
                        row.getBigDecimal("amount_low_usd"),
                        row.getBigDecimal("amount_high_usd"),
                        gpuHours,
                        hardware,
                        row.getBigDecimal("rate_usd_per_gpu_hour"),
                        row.getBoolean("rate_assumed"),
                        chipCount,
                        durationHours,
                        trainingComputeFlop,
                        statedGpuHours == null && gpuHours != null,
                        Compute.impliedUtilization(
                                trainingComputeFlop, gpuHours, hardware == null ? null : hardware.peakFlopsPerSecond()),
                        presentedScope(Columns.longOrNull(row, "presented_scope_id")),
                        Columns.longOrNull(row, "cites_id"),
                        row.getString("cites_key"),
                        this.catalog.categoryCodes(row.getLong("included_mask")),
                        this.catalog.categoryCodes(row.getLong("excluded_mask")),
                        stated == null ? null : stated.ruleDay()),
                Columns.longOrNull(row, "model_id"),
                row.getLong("source_id"));
    };

    @Inject
    Database database;

    @Inject
    ModelQueries models;

    @Inject
    SourceQueries sources;

    @Inject
    TaxonomyCatalog catalog;

    /**
     * A page in the given order (null: by key): the page's ids and cursors in one statement, the claims themselves as
     * {@link #byIds} reads them.
     */
    public ClaimConnection page(ClaimFilter filter, Integer first, String after, List<ClaimOrder> orderBy) {
        Sorting sorting = ClaimOrder.sorting(orderBy);
        PageRequest page = PageRequest.of(first, after, sorting);
        if (sorting.byKeyOnly()) {
            return page(filter, page);
        }
        PageRequest.Slice<Long> slice =
                database.read(sql -> sorting.page(sql, "c.id", FROM, where(filter), page, row -> row.getLong("id")));
        Map<Long, ClaimView> claims = byIds(slice.rows());
        return new ClaimConnection(
                filter, slice.rows().stream().map(claims::get).toList(), slice.pageInfo());
    }

    public ClaimConnection page(ClaimFilter filter, PageRequest page) {
        Conditions where = where(filter).and("c.key > ?", page.afterKey());
        List<ClaimView> rows = claims(where.where() + " order by c.key limit ?", where.parameters(page.fetchSize()));
        PageRequest.Slice<ClaimView> slice = page.slice(rows, ClaimView::key);
        return new ClaimConnection(filter, slice.rows(), slice.pageInfo());
    }

    public int count(ClaimFilter filter) {
        if (filter != null && filter.onlyByFlagOrSeverity()) {
            return countFlagged(filter);
        }
        Conditions where = where(filter);
        return database.read(sql -> sql.first(
                        "select count(*) as n" + FROM + where.where(), row -> row.getInt("n"), where.parameters())
                .orElse(0));
    }

    /** Claims with one flag or one severity: counted on the flags' own index, without visiting every claim. */
    private int countFlagged(ClaimFilter filter) {
        String column = filter.flag() != null ? "code" : "severity";
        Object value = filter.flag() != null ? filter.flag() : filter.severity();
        return database.read(sql -> sql.first(
                        "select count(distinct claim_id) as n from claim_flag where " + column + " = ?",
                        row -> row.getInt("n"),
                        value)
                .orElse(0));
    }

    Conditions where(ClaimFilter filter) {
        ClaimFilter given = filter == null ? ClaimFilter.NONE : filter;
        Long includedCategory = given.includesCategory() == null ? null : categoryId(given.includesCategory());
        Long presentedScope = given.presentedScope() == null ? null : scopeId(given.presentedScope());
        Conditions where = new Conditions()
                .and("m.key = ?", given.model())
                .and("o.key = ?", given.organization())
                .and("s.key = ?", given.source())
                .and("exists (select 1 from claim_flag f where f.claim_id = c.id and f.code = ?)", given.flag())
                .and("exists (select 1 from claim_flag f where f.claim_id = c.id and f.severity = ?)", given.severity())
                .and(
                        "exists (select 1 from claim_coverage cv where cv.claim_id = c.id and cv.category_id = ?"
                                + " and cv.coverage = 'INCLUDED')",
                        includedCategory)
                // [low, high] overlaps [from, to]: a missing low is 0, a missing high unbounded; no amount, no match
                .and(
                        "(c.amount_low_usd is not null or c.amount_high_usd is not null)"
                                + " and (c.amount_high_usd is null or c.amount_high_usd >= ?)",
                        given.amountFrom())
                .and(
                        "(c.amount_low_usd is not null or c.amount_high_usd is not null)"
                                + " and coalesce(c.amount_low_usd, 0) <= ?",
                        given.amountTo())
                .and("coalesce(c.stated_on, s.published_on) >= ?", given.statedFrom())
                .and("coalesce(c.stated_on, s.published_on) <= ?", given.statedTo())
                .in("s.kind", given.sourceKinds())
                .and("c.presented_scope_id = ?", presentedScope)
                .and("c.quote_check = ?", given.quoteCheck());
        if (given.flags() != null && !given.flags().isEmpty()) {
            where.raw(
                    "exists (select 1 from claim_flag f where f.claim_id = c.id and f.code in ("
                            + String.join(
                                    ", ",
                                    java.util.Collections.nCopies(given.flags().size(), "?")) + "))",
                    given.flags().stream().map(Enum::name).toList());
        }
        if (given.hasGpuHours() != null) {
            where.raw(
                    (given.hasGpuHours() ? "" : "not ")
                            + "(c.gpu_hours is not null or (c.chip_count is not null and c.duration_hours is not null))",
                    List.of());
        }
        return where;
    }

    private long scopeId(String code) {
        return catalog.scope(code)
                .map(io.costledger.taxonomy.CostScopeView::id)
                .orElseThrow(() -> LedgerException.invalidArgument("filter.presentedScope: scope \"" + shortened(code)
                        + "\" does not exist; the scopes are "
                        + String.join(
                                ", ",
                                catalog.scopes().stream()
                                        .map(io.costledger.taxonomy.CostScopeView::code)
                                        .toList())
                        + "."));
    }

    private long categoryId(String code) {
        return catalog.category(code)
                .map(CostCategoryView::id)
                .orElseThrow(() -> LedgerException.invalidArgument("filter.includesCategory: category \""
                        + shortened(code) + "\" does not exist; the categories are "
                        + String.join(", ", catalog.taxonomy().categories()) + "."));
    }

    public Optional<ClaimView> byKey(String key) {
        List<ClaimView> found = claims(" where c.key = ?", key);
        return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
    }

    /** The claims with these keys, in key order (keys that do not exist are left out). */
    public List<ClaimView> byKeys(Collection<String> keys) {
        return keys.isEmpty() ? List.of() : in("c.key", "varchar", keys);
    }

    /** The ids of the claims with these keys, by key (keys that do not exist are left out). */
    public Map<String, Long> idsByKeys(Collection<String> keys) {
        if (keys.isEmpty()) {
            return Map.of();
        }
        Map<String, Long> ids = new HashMap<>();
        database.read(sql -> {
            sql.each(
                    "select id, key from claim where key = any(?)",
                    row -> ids.put(row.getString("key"), row.getLong("id")),
                    sql.array("varchar", keys));
            return null;
        });
        return ids;
    }

    public Map<Long, ClaimView> byIds(Collection<Long> ids) {
        return Batches.index(in("c.id", "bigint", ids), ClaimView::id);
    }

    public List<ClaimView> aboutModels(Collection<Long> modelIds) {
        return in("c.model_id", "bigint", modelIds);
    }

    public List<ClaimView> ofOrganizations(Collection<Long> organizationIds) {
        return in("c.organization_id", "bigint", organizationIds);
    }

    public List<ClaimView> fromSources(Collection<Long> sourceIds) {
        return in("c.source_id", "bigint", sourceIds);
    }

    public List<ClaimView> citing(Collection<Long> claimIds) {
        return in("c.cites_id", "bigint", claimIds);
    }

    private List<ClaimView> in(String column, String type, Collection<?> values) {
        if (values.isEmpty()) {
            return List.of();
        }
        return claims(sql ->
                sql.list(SELECT + " where " + column + " = any(?) order by c.key", row, sql.array(type, values)));
    }

    private List<ClaimView> claims(String rest, Object... parameters) {
        return claims(sql -> sql.list(SELECT + rest, row, parameters));
    }

    /** The claims a statement reads, with their models and sources: three statements for any number of claims. */
    private List<ClaimView> claims(Function<Sql, List<Row>> statement) {
        List<Row> rows = database.read(statement);
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<Long, ModelView> modelsById = models.byIds(Batches.ids(rows, Row::modelId));
        Map<Long, SourceView> sourcesById = sources.byIds(Batches.ids(rows, Row::sourceId));
        List<ClaimView> claims = new ArrayList<>(rows.size());
        for (Row stored : rows) {
            ModelView model = stored.modelId() == null ? null : modelsById.get(stored.modelId());
            claims.add(stored.claim().with(model, sourcesById.get(stored.sourceId())));
        }
        return claims;
    }

    /** How a claim is linked to others, all a flag refresh needs to find the claims it must judge. */
    public record Link(long id, Long modelId, Long citesId) {}

    private static final String LINKS = "select c.id, c.model_id, c.cites_id from claim c";
    private static final RowMapper<Link> LINK = row ->
            new Link(row.getLong("id"), Columns.longOrNull(row, "model_id"), Columns.longOrNull(row, "cites_id"));

    /** The links of these claims. */
    public List<Link> links(Collection<Long> claimIds) {
        return links(" where c.id = any(?)", claimIds);
    }

    /** The links of the claims that cite one of these directly. */
    public List<Link> linksCiting(Collection<Long> claimIds) {
        return links(" where c.cites_id = any(?)", claimIds);
    }

    /** The links of the claims about these models. */
    public List<Link> linksAbout(Collection<Long> modelIds) {
        return links(" where c.model_id = any(?)", modelIds);
    }

    private List<Link> links(String where, Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return database.read(sql -> sql.list(LINKS + where, LINK, sql.array("bigint", ids)));
    }

    /**
     * The links of the claims with these keys, about these models, from these sources or on this hardware: one
     * statement, each part on its own index.
     */
    public List<Link> linksAffectedBy(ClaimFlagService.Changed changed) {
        return database.read(sql -> sql.list(
                LINKS + " where c.key = any(?)"
                        + " union " + LINKS + " join model m on m.id = c.model_id where m.key = any(?)"
                        + " union " + LINKS + " join source s on s.id = c.source_id where s.key = any(?)"
                        + " union " + LINKS + " join hardware h on h.id = c.hardware_id where h.key = any(?)",
                LINK,
                sql.array("varchar", changed.claims()),
                sql.array("varchar", changed.models()),
                sql.array("varchar", changed.sources()),
                sql.array("varchar", changed.hardware())));
    }

    /** The flags of these claims: one statement, whatever their number. */
    public Map<Long, ClaimFindings> findings(Collection<Long> claimIds) {
        if (claimIds.isEmpty()) {
            return Map.of();
        }
        return database.read(sql -> {
            Map<Long, List<FlagView>> flags = new HashMap<>();
            sql.each(
                    FLAGS,
                    row -> flags.computeIfAbsent(row.getLong("claim_id"), id -> new ArrayList<>(2))
                            .add(flag.map(row)),
                    sql.array("bigint", claimIds));
            Map<Long, ClaimFindings> findings = new HashMap<>();
            for (Long id : claimIds) {
                List<FlagView> of = flags.get(id);
                findings.put(id, of == null ? ClaimFindings.NONE : new ClaimFindings(List.copyOf(of)));
            }
            return findings;
        });
    }

    /** A claim's presented scope is named by id and read from the catalog: no join. */
    private String presentedScope(Long scopeId) {
        return scopeId == null ? null : catalog.scope(scopeId).code();
    }

    private static String shortened(String text) {
        return text.length() <= 40 ? text : text.substring(0, 40) + "...";
    }
}
