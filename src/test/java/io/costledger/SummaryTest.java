package io.costledger;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** summary(groupBy, ...) is the models' scoped totals, each computed as scopedTotal computes it, added up per group. */
@QuarkusTest
class SummaryTest {

    /** Every model with its total for these arguments, read model by model's field, page by page. */
    private static List<Map<String, Object>> models(String arguments) {
        List<Map<String, Object>> models = new ArrayList<>();
        String after = null;
        do {
            Map<String, Object> variables = new HashMap<>();
            variables.put("after", after);
            JsonPath page = GraphQL.exact(
                    "query Models($after: String) { models(first: 100, after: $after) {"
                            + " pageInfo { hasNextPage endCursor }"
                            + " nodes { key releasedOn organization { key } claims { flags { severity } }"
                            + " scopedTotal(" + arguments
                            + ") { lowUsd complete contributions { claim { key } } } } } }",
                    variables);
            models.addAll(page.getList("models.nodes"));
            after = page.getBoolean("models.pageInfo.hasNextPage") ? page.getString("models.pageInfo.endCursor") : null;
        } while (after != null);
        return models;
    }

    private static int count(Map<String, Object> group, String field) {
        return ((Number) group.get(field)).intValue();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> total(Map<String, Object> model) {
        return (Map<String, Object>) model.get("scopedTotal");
    }

    private static BigDecimal low(Map<String, Object> model) {
        return new BigDecimal(total(model).get("lowUsd").toString());
    }

    @ParameterizedTest(name = "by {0} with {1}")
    @CsvSource(
            delimiter = ';',
            value = {
                "YEAR; scope: \"TRAINING\"",
                "ORGANIZATION; scope: \"ALL_IN\", includeLineage: true, rateKind: ON_DEMAND",
                "YEAR; scope: \"FINAL_RUN\", includeFlagged: true, rateKind: COMMITTED_3Y"
            })
    @SuppressWarnings("unchecked")
    void summaryIsTheModelsTotalsAddedUpPerGroup(String groupBy, String arguments) {
        List<Map<String, Object>> models = models(arguments);
        Map<String, List<Map<String, Object>>> expected =
                new TreeMap<>(Comparator.nullsLast(Comparator.naturalOrder()));
        for (Map<String, Object> model : models) {
            String key = groupBy.equals("YEAR")
                    ? (model.get("releasedOn") == null
                            ? null
                            : model.get("releasedOn").toString().substring(0, 4))
                    : ((Map<String, Object>) model.get("organization"))
                            .get("key")
                            .toString();
            expected.computeIfAbsent(key, k -> new ArrayList<>()).add(model);
        }

        JsonPath summary = GraphQL.exact("{ summary(groupBy: " + groupBy + ", " + arguments + ") {"
                + " year organization { key } models claims claimsWithErrors totalLowUsd completeTotals pricedModels"
                + " medianLowUsd largest { model { key } lowUsd } } }");
        List<Map<String, Object>> groups = summary.getList("summary");

        assertThat(groups).hasSize(expected.size());
        int i = 0;
        for (Map.Entry<String, List<Map<String, Object>>> entry : expected.entrySet()) {
            Map<String, Object> group = groups.get(i++);
            List<Map<String, Object>> members = entry.getValue();
            if (groupBy.equals("YEAR")) {
                assertThat(Objects.toString(group.get("year"), null)).isEqualTo(entry.getKey());
            } else {
                assertThat(((Map<String, Object>) group.get("organization")).get("key"))
                        .isEqualTo(entry.getKey());
            }
            assertThat(count(group, "models")).isEqualTo(members.size());
            List<Map<String, Object>> claims = new ArrayList<>();
            members.forEach(model -> claims.addAll((List<Map<String, Object>>) model.get("claims")));
            assertThat(count(group, "claims")).isEqualTo(claims.size());
            assertThat(count(group, "claimsWithErrors")).isEqualTo((int) claims.stream()
                    .filter(claim -> ((List<Map<String, Object>>) claim.get("flags"))
                            .stream().anyMatch(flag -> "ERROR".equals(flag.get("severity"))))
                    .count());
            assertThat(new BigDecimal(group.get("totalLowUsd").toString()))
                    .isEqualByComparingTo(
                            members.stream().map(SummaryTest::low).reduce(BigDecimal.ZERO, BigDecimal::add));
            assertThat(count(group, "completeTotals")).isEqualTo((int) members.stream()
                    .filter(model -> Boolean.TRUE.equals(total(model).get("complete")))
                    .count());
            List<Map<String, Object>> priced = members.stream()
                    .filter(model -> !((List<?>) total(model).get("contributions")).isEmpty())
                    .toList();
            assertThat(count(group, "pricedModels")).isEqualTo(priced.size());
            if (priced.isEmpty()) {
                assertThat(group.get("largest")).isNull();
                assertThat(group.get("medianLowUsd")).isNull();
                continue;
            }
            Map<String, Object> largest = priced.stream()
                    .max(Comparator.comparing(SummaryTest::low)
                            .thenComparing(model -> model.get("key").toString(), Comparator.reverseOrder()))
                    .orElseThrow();
            assertThat(((Map<String, Object>) ((Map<String, Object>) group.get("largest")).get("model")).get("key"))
                    .isEqualTo(largest.get("key"));
            List<BigDecimal> lows =
                    priced.stream().map(SummaryTest::low).sorted().toList();
            BigDecimal median = lows.size() % 2 == 1
                    ? lows.get(lows.size() / 2)
                    : lows.get(lows.size() / 2 - 1)
                            .add(lows.get(lows.size() / 2))
                            .divide(BigDecimal.valueOf(2), 2, RoundingMode.HALF_EVEN);
            assertThat(new BigDecimal(group.get("medianLowUsd").toString())).isEqualByComparingTo(median);
        }
    }
}
