package io.costledger;

import static org.assertj.core.api.Assertions.assertThat;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A claim's coverage is stored twice (V6): as claim_coverage rows, which filters and the history read, and as two sets
 * of category ids on the claim row, which every read of a claim uses. Every write keeps them equal.
 */
@QuarkusTest
class CoverageMaskTest {

    private static final String COVERAGE = """
            query Coverage($key: String!) { claim(key: $key) { coverage { category { code } coverage } } }""";

    @Inject
    AgroalDataSource dataSource;

    @Test
    void theClaimRowAndTheCoverageRowsAgreeAfterEveryKindOfWrite() throws Exception {
        Researcher.post(bundle("[\"FINAL_TRAINING_RUN\", \"DATA\"]", "[\"PERSONNEL\"]"))
                .statusCode(200);
        assertThat(stated("mask-c"))
                .isEqualTo(Map.of("FINAL_TRAINING_RUN", "INCLUDED", "DATA", "INCLUDED", "PERSONNEL", "EXCLUDED"));
        assertThat(disagreeing()).isZero();

        // an update that states fewer categories, and none left out
        Researcher.post(bundle("[\"DATA\"]", "[]")).statusCode(200);
        assertThat(stated("mask-c")).isEqualTo(Map.of("DATA", "INCLUDED"));
        assertThat(disagreeing()).isZero();
        assertThat(masks("mask-c")).containsExactly(1L << categoryId("DATA"), 0L);
    }

    private static String bundle(String included, String excluded) {
        return """
                {"organizations": [{"key": "mask-org", "name": "Mask"}],
                 "sources": [{"key": "mask-src", "title": "S", "kind": "PRESS"}],
                 "models": [{"key": "mask-m", "name": "M", "organization": "mask-org"}],
                 "claims": [{"key": "mask-c", "source": "mask-src", "model": "mask-m", "quote": "q", "amountUsd": 1,
                             "included": %s, "excluded": %s}]}""".formatted(included, excluded);
    }

    /** The categories the API reports as stated (not UNSTATED) for a claim. */
    private static Map<String, String> stated(String key) {
        JsonPath read = GraphQL.data(COVERAGE, Map.of("key", key));
        List<String> codes = read.getList("claim.coverage.category.code");
        List<String> values = read.getList("claim.coverage.coverage");
        Map<String, String> stated = new java.util.HashMap<>();
        for (int i = 0; i < codes.size(); i++) {
            if (!values.get(i).equals("UNSTATED")) {
                stated.put(codes.get(i), values.get(i));
            }
        }
        return stated;
    }

    /** Claims (of the whole ledger, reference data included) whose row disagrees with their coverage rows. */
    private long disagreeing() throws Exception {
        return single("select count(*) from claim c where c.included_mask <> " + sum("c", "INCLUDED")
                + " or c.excluded_mask <> " + sum("c", "EXCLUDED"));
    }

    private static String sum(String claim, String coverage) {
        return "coalesce((select sum(cast(power(2, cc.category_id) as bigint)) from claim_coverage cc"
                + " where cc.claim_id = " + claim + ".id and cc.coverage = '" + coverage + "'), 0)";
    }

    private List<Long> masks(String key) throws Exception {
        return List.of(
                single("select included_mask from claim where key = '" + key + "'"),
                single("select excluded_mask from claim where key = '" + key + "'"));
    }

    private long categoryId(String code) throws Exception {
        return single("select id from cost_category where code = '" + code + "'");
    }

    private long single(String sql) throws Exception {
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement();
                ResultSet row = statement.executeQuery(sql)) {
            row.next();
            return row.getLong(1);
        }
    }
}
