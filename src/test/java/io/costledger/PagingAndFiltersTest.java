package io.costledger;

import static org.assertj.core.api.Assertions.assertThat;

import io.costledger.bundle.LoadService;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Connections: default and bounded page sizes, opaque cursors, a stable order, counts under filters. */
@QuarkusTest
class PagingAndFiltersTest {

    private static final String PREFIX = "paging";
    private static final String MODELS = """
            query Models($filter: ModelFilter, $first: Int, $after: String) {
              models(filter: $filter, first: $first, after: $after) {
                totalCount nodes { key name } pageInfo { hasNextPage endCursor }
              }
            }""";

    @Inject
    LoadService bundles;

    @BeforeEach
    void arrange() {
        bundles.load(Bundles.generated(PREFIX, 60, 2), Researcher.USER, false);
    }

    private static JsonPath models(Map<String, Object> filter, Integer first, String after) {
        Map<String, Object> variables = new HashMap<>();
        variables.put("filter", filter);
        variables.put("first", first);
        variables.put("after", after);
        return GraphQL.data(MODELS, variables).setRootPath("data.models");
    }

    @Test
    void firstDefaultsToFiftyAndCursorsWalkEveryRowOnceInKeyOrder() {
        Map<String, Object> filter = Map.of("organization", PREFIX + "-org");
        JsonPath page = models(filter, null, null);

        assertThat(page.getInt("totalCount")).isEqualTo(60);
        assertThat(page.getList("nodes")).hasSize(50);
        assertThat(page.getBoolean("pageInfo.hasNextPage")).isTrue();

        List<String> keys = new ArrayList<>(page.getList("nodes.key"));
        JsonPath next = models(filter, null, page.getString("pageInfo.endCursor"));
        keys.addAll(next.getList("nodes.key"));

        assertThat(next.getList("nodes")).hasSize(10);
        assertThat(next.getBoolean("pageInfo.hasNextPage")).isFalse();
        assertThat(next.getInt("totalCount")).isEqualTo(60);
        assertThat(keys).hasSize(60).doesNotHaveDuplicates().isSorted();
        assertThat(keys.get(0)).isEqualTo("paging-model-000");
    }

    @Test
    void anEmptyPageHasNoCursor() {
        JsonPath page = models(Map.of("organization", "no-such-organization"), 5, null);

        assertThat(page.getInt("totalCount")).isZero();
        assertThat(page.getList("nodes")).isEmpty();
        assertThat(page.getBoolean("pageInfo.hasNextPage")).isFalse();
        assertThat(page.getString("pageInfo.endCursor")).isNull();
    }

    @Test
    void pageSizesOutsideOneToFiveHundredAreRejected() {
        for (int first : new int[] {0, -1, 501}) {
            JsonPath error = GraphQL.firstError(MODELS, Map.of("first", first));
            assertThat(error.getString("extensions.code")).isEqualTo("INVALID_ARGUMENT");
            assertThat(error.getString("message")).isEqualTo("first must be between 1 and 500, got " + first + ".");
        }
        assertThat(models(Map.of("organization", PREFIX + "-org"), 500, null).getList("nodes"))
                .hasSize(60);
    }

    @Test
    void aCursorThisApiDidNotIssueIsRejected() {
        JsonPath error = GraphQL.firstError(MODELS, Map.of("after", "not-a-cursor"));

        assertThat(error.getString("extensions.code")).isEqualTo("INVALID_ARGUMENT");
        assertThat(error.getString("message"))
                .isEqualTo("after is not a cursor this API issued. Pass pageInfo.endCursor of the previous page.");
    }

    @Test
    void nameContainsIgnoresCaseAndTreatsWildcardsLiterally() {
        assertThat(models(Map.of("nameContains", "PAGING model 05"), 50, null).getList("nodes.key"))
                .containsExactly(
                        "paging-model-050",
                        "paging-model-051",
                        "paging-model-052",
                        "paging-model-053",
                        "paging-model-054",
                        "paging-model-055",
                        "paging-model-056",
                        "paging-model-057",
                        "paging-model-058",
                        "paging-model-059");
        assertThat(models(Map.of("nameContains", "deepseek"), 50, null).getList("nodes.key"))
                .containsExactly("deepseek-r1", "deepseek-v3");
        assertThat(models(Map.of("nameContains", "%"), 50, null).getInt("totalCount"))
                .isZero();
        assertThat(models(Map.of("nameContains", "_"), 50, null).getInt("totalCount"))
                .isZero();
    }

    @Test
    void sourcesFilterByKindAndInclusiveDates() {
        bundles.load(Bundles.parse("""
                {"sources": [
                  {"key": "paging-s1", "title": "S1", "kind": "PRESS", "publishedOn": "1990-01-01"},
                  {"key": "paging-s2", "title": "S2", "kind": "PRESS", "publishedOn": "1990-06-30"},
                  {"key": "paging-s3", "title": "S3", "kind": "PRIMARY_DISCLOSURE", "publishedOn": "1990-06-30"},
                  {"key": "paging-s4", "title": "S4", "kind": "PRESS", "publishedOn": "1990-07-01"},
                  {"key": "paging-s5", "title": "S5", "kind": "PRESS"}]}"""), Researcher.USER, false);

        JsonPath sources = GraphQL.data("""
                { press: sources(filter: {kind: PRESS, publishedFrom: "1990-01-01", publishedTo: "1990-06-30"}) {
                    totalCount nodes { key } }
                  oneDay: sources(filter: {publishedFrom: "1990-06-30", publishedTo: "1990-06-30"}) { nodes { key } }
                  until: sources(filter: {kind: PRIMARY_DISCLOSURE, publishedTo: "1990-12-31"}) { nodes { key } }
                  primary: sources(filter: {kind: PRIMARY_DISCLOSURE}, first: 500) { nodes { key kind } } }""");

        assertThat(sources.getList("press.nodes.key")).containsExactly("paging-s1", "paging-s2");
        assertThat(sources.getInt("press.totalCount")).isEqualTo(2);
        assertThat(sources.getList("oneDay.nodes.key")).containsExactly("paging-s2", "paging-s3");
        assertThat(sources.getList("until.nodes.key")).containsExactly("paging-s3");
        assertThat(sources.getList("primary.nodes.kind")).containsOnly("PRIMARY_DISCLOSURE");
        assertThat(sources.getList("primary.nodes.key"))
                .contains("deepseek-v3-report", "tii-falcon-180b-blog", "paging-s3")
                .doesNotContain("paging-s1", "wired-altman-gpt4");
    }

    @Test
    void claimsFilterByKeysFlagsSeverityAndCategory() {
        JsonPath claims = GraphQL.data("""
                { errors: claims(filter: {severity: ERROR, organization: "deepseek"}) { totalCount nodes { key } }
                  drift: claims(filter: {flag: SCOPE_DRIFT, model: "deepseek-r1"}) { nodes { key } }
                  infra: claims(filter: {includesCategory: "INFRASTRUCTURE", organization: "deepseek"}) { totalCount nodes { key } }
                  fromSource: claims(filter: {source: "ai-index-2024"}) { nodes { key } }
                  ours: claims(filter: {organization: "paging-org", flag: MISATTRIBUTED_MODEL}, first: 3) {
                    totalCount nodes { key } pageInfo { hasNextPage } } }""");

        assertThat(claims.getList("errors.nodes.key")).containsExactly("varshney-r1-built-for");
        assertThat(claims.getInt("errors.totalCount")).isEqualTo(1);
        assertThat(claims.getList("drift.nodes.key")).containsExactly("varshney-r1-built-for");
        assertThat(claims.getList("infra.nodes.key"))
                .containsExactly(
                        "ibm-faq-semianalysis-gpus", "semianalysis-hardware-spend", "semianalysis-server-capex");
        assertThat(claims.getList("fromSource.nodes.key")).containsExactly("ai-index-gemini-ultra", "ai-index-gpt-4");
        // every generated claim of models 1..59 cites a claim about model 0: 59 x 2 claims carry MISATTRIBUTED_MODEL
        assertThat(claims.getInt("ours.totalCount")).isEqualTo(118);
        assertThat(claims.getList("ours.nodes.key"))
                .containsExactly("paging-claim-001-00", "paging-claim-001-01", "paging-claim-002-00");
        assertThat(claims.getBoolean("ours.pageInfo.hasNextPage")).isTrue();
    }

    @Test
    void totalCountOfAFlagOrSeverityFilterCountsExactlyTheClaimsItPagesThrough() {
        for (String filter : List.of("{severity: ERROR}", "{flag: MISATTRIBUTED_MODEL}", "{severity: WARNING}")) {
            String query = "query Page($after: String) { claims(filter: " + filter
                    + ", first: 500, after: $after) { totalCount nodes { key } pageInfo { hasNextPage endCursor } } }";
            Map<String, Object> variables = new HashMap<>();
            JsonPath page = GraphQL.data(query, variables).setRootPath("data.claims");
            int total = page.getInt("totalCount");
            List<String> keys = new ArrayList<>(page.getList("nodes.key"));
            while (page.getBoolean("pageInfo.hasNextPage")) {
                variables.put("after", page.getString("pageInfo.endCursor"));
                page = GraphQL.data(query, variables).setRootPath("data.claims");
                keys.addAll(page.getList("nodes.key"));
            }
            assertThat(keys).as(filter).hasSize(total).doesNotHaveDuplicates();
            assertThat(total).as(filter).isGreaterThan(0);
        }
    }

    @Test
    void anUnknownCategoryInAFilterIsAnError() {
        JsonPath error =
                GraphQL.firstError("{ claims(filter: {includesCategory: \"MARKETING\"}) { totalCount } }", Map.of());

        assertThat(error.getString("extensions.code")).isEqualTo("INVALID_ARGUMENT");
        assertThat(error.getString("message"))
                .startsWith("filter.includesCategory: category \"MARKETING\" does not exist");
    }

    @Test
    void hardwareRatesFilterAndOrder() {
        JsonPath rates = GraphQL.data("""
                { a100: hardwareRates(hardware: "a100-80gb", kind: ON_DEMAND) { usdPerGpuHour effectiveOn provider source { key } }
                  notional: hardwareRates(kind: NOTIONAL) { hardware { key } usdPerGpuHour }
                  hardware { key rates { kind } } }""");

        assertThat(rates.getList("a100.effectiveOn")).containsExactly("2022-11-01", "2024-01-01");
        assertThat(rates.getList("a100.provider")).containsExactly("AWS p4de", "Azure ND96amsr");
        assertThat(rates.getList("a100.source.key")).containsOnly("epoch-hardware-prices");
        assertThat(rates.getList("notional.hardware.key")).containsExactly("h800");
        assertThat(rates.getList("hardware.key")).contains("a100-80gb", "h100-80gb", "h800", "tpu-v4");
        assertThat(rates.getList("hardware.find { it.key == 'tpu-v4' }.rates.kind"))
                .containsExactly("COMMITTED_1Y", "COMMITTED_3Y", "ON_DEMAND");
    }
}
