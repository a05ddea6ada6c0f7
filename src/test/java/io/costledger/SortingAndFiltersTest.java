package io.costledger;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * orderBy and the range and list filters of models, sources and claims, on a ledger of their own: every sort field
 * both ways, paged two rows at a time (no row lost or repeated), rows without a value last, an open-ended high above
 * every number, each filter and a combination, and cursors that belong to another order refused.
 */
@QuarkusTest
@TestProfile(SortingAndFiltersTest.OwnLedger.class)
class SortingAndFiltersTest {

    public static class OwnLedger implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return H2.emptyLedger("ledger-sorting");
        }
    }

    private static final String LEDGER = """
            {"organizations": [{"key": "q1-org", "name": "Zeta Lab"}, {"key": "q1-org2", "name": "Alpha Lab"}],
             "models": [
               {"key": "q1-m1", "name": "Echo", "organization": "q1-org", "releasedOn": "2023-01-01"},
               {"key": "q1-m2", "name": "Delta", "organization": "q1-org2", "releasedOn": "2021-06-01"},
               {"key": "q1-m3", "name": "Charlie", "organization": "q1-org"},
               {"key": "q1-m4", "name": "Bravo", "organization": "q1-org2", "releasedOn": "2023-01-01"},
               {"key": "q1-m5", "name": "Alpha", "organization": "q1-org", "releasedOn": "2022-03-01"}],
             "sources": [
               {"key": "q1-s1", "title": "Delta report", "publishedOn": "2024-01-01", "kind": "PRIMARY_DISCLOSURE"},
               {"key": "q1-s2", "title": "Alpha report", "kind": "ANALYST_ESTIMATE"},
               {"key": "q1-s3", "title": "Charlie report", "publishedOn": "2023-05-01", "kind": "PRESS"},
               {"key": "q1-s4", "title": "Bravo report", "publishedOn": "2024-01-01", "kind": "OTHER"}],
             "hardware": [{"key": "q1-gpu", "name": "GPU"}],
             "claims": [
               {"key": "q1-c1", "model": "q1-m1", "source": "q1-s1", "quote": "q", "amountUsd": 10,
                "statedOn": "2024-02-01", "presentedScope": "TRAINING", "included": ["FINAL_TRAINING_RUN"]},
               {"key": "q1-c2", "model": "q1-m1", "source": "q1-s2", "quote": "more than 5", "amountLowUsd": 5,
                "included": ["FINAL_TRAINING_RUN"]},
               {"key": "q1-c3", "model": "q1-m2", "source": "q1-s3", "quote": "less than 20", "amountHighUsd": 20,
                "included": ["FINAL_TRAINING_RUN"]},
               {"key": "q1-c4", "model": "q1-m2", "source": "q1-s4", "quote": "q", "gpuHours": 50, "hardware": "q1-gpu",
                "statedOn": "2022-01-01", "included": ["FINAL_TRAINING_RUN"]},
               {"key": "q1-c5", "model": "q1-m3", "source": "q1-s1", "quote": "q", "amountLowUsd": 100,
                "amountHighUsd": 200, "chipCount": 10, "durationHours": 3, "hardware": "q1-gpu",
                "statedOn": "2021-01-01", "included": ["FINAL_TRAINING_RUN"]},
               {"key": "q1-c6", "model": "q1-m4", "source": "q1-s3", "quote": "q", "amountUsd": 100, "gpuHours": 40,
                "hardware": "q1-gpu", "included": ["OTHER_TRAINING"]}]}""";

    @BeforeEach
    void load() {
        Researcher.post(LEDGER).statusCode(200);
    }

    /** Every key of a list in the given order and filter, read two rows a page. */
    private static List<String> keys(String list, String orderBy, String filter) {
        List<String> keys = new ArrayList<>();
        String after = null;
        int pages = 0;
        do {
            Map<String, Object> variables = new HashMap<>();
            variables.put("after", after);
            JsonPath page = GraphQL.data(
                    "query Page($after: String) { " + list + "(first: 2, after: $after"
                            + (orderBy == null ? "" : ", orderBy: " + orderBy)
                            + (filter == null ? "" : ", filter: " + filter)
                            + ") { totalCount nodes { key } pageInfo { hasNextPage endCursor } } }",
                    variables);
            keys.addAll(page.getList(list + ".nodes.key"));
            assertThat(page.getInt(list + ".totalCount")).isGreaterThanOrEqualTo(keys.size());
            after = page.getBoolean(list + ".pageInfo.hasNextPage")
                    ? page.getString(list + ".pageInfo.endCursor")
                    : null;
            assertThat(++pages).isLessThan(20);
        } while (after != null);
        return keys;
    }

    private static List<String> prefixed(String prefix, String numbers) {
        return numbers.isEmpty()
                ? List.of()
                : java.util.Arrays.stream(numbers.split(" "))
                        .map(n -> prefix + n)
                        .toList();
    }

    @ParameterizedTest(name = "models by {0} {1}")
    @CsvSource({
        "KEY, ASC, 1 2 3 4 5",
        "KEY, DESC, 5 4 3 2 1",
        "NAME, ASC, 5 4 3 2 1",
        "NAME, DESC, 1 2 3 4 5",
        "RELEASED_ON, ASC, 2 5 1 4 3", // ties by key, no date last
        "RELEASED_ON, DESC, 1 4 5 2 3", // no date last both ways
        "ORGANIZATION, ASC, 2 4 1 3 5", // Alpha Lab, then Zeta Lab
        "ORGANIZATION, DESC, 1 3 5 2 4"
    })
    void modelsSortByEveryFieldBothWaysAcrossPages(String field, String direction, String expected) {
        assertThat(keys("models", "[{field: " + field + ", direction: " + direction + "}]", null))
                .containsExactlyElementsOf(prefixed("q1-m", expected));
    }

    @ParameterizedTest(name = "sources by {0} {1}")
    @CsvSource({
        "KEY, DESC, 4 3 2 1",
        "TITLE, ASC, 2 4 3 1",
        "TITLE, DESC, 1 3 4 2",
        "PUBLISHED_ON, ASC, 3 1 4 2",
        "PUBLISHED_ON, DESC, 1 4 3 2"
    })
    void sourcesSortByEveryFieldBothWaysAcrossPages(String field, String direction, String expected) {
        assertThat(keys("sources", "[{field: " + field + ", direction: " + direction + "}]", null))
                .containsExactlyElementsOf(prefixed("q1-s", expected));
    }

    @ParameterizedTest(name = "claims by {0} {1}")
    @CsvSource({
        "KEY, DESC, 6 5 4 3 2 1",
        "AMOUNT_LOW, ASC, 3 2 1 5 6 4", // less than 20 is 0; no amount last
        "AMOUNT_LOW, DESC, 5 6 1 2 3 4",
        "AMOUNT_HIGH, ASC, 1 3 6 5 2 4", // more than 5 is above every number; no amount last
        "AMOUNT_HIGH, DESC, 2 5 6 3 1 4",
        "GPU_HOURS, ASC, 5 6 4 1 2 3", // 10 chips x 3 h = 30, derived
        "GPU_HOURS, DESC, 4 6 5 1 2 3",
        "STATED_ON, ASC, 5 4 3 6 1 2", // a claim without a date takes its source's; none at all last
        "STATED_ON, DESC, 1 3 6 4 5 2"
    })
    void claimsSortByEveryFieldBothWaysAcrossPages(String field, String direction, String expected) {
        assertThat(keys("claims", "[{field: " + field + ", direction: " + direction + "}]", null))
                .containsExactlyElementsOf(prefixed("q1-c", expected));
    }

    @Test
    void termsApplyInTurnAndTheDirectionDefaultsToAscending() {
        assertThat(keys("models", "[{field: ORGANIZATION, direction: DESC}, {field: NAME}]", null))
                .containsExactlyElementsOf(prefixed("q1-m", "5 3 1 4 2"));
        assertThat(keys("claims", "[{field: STATED_ON}, {field: AMOUNT_LOW, direction: DESC}]", null))
                .containsExactlyElementsOf(prefixed("q1-c", "5 4 6 3 1 2"));
    }

    @ParameterizedTest(name = "models where {0}")
    @CsvSource(
            delimiter = ';',
            value = {
                "{releasedFrom: \"2022-01-01\"}; 1 4 5",
                "{releasedTo: \"2022-12-31\"}; 2 5",
                "{organizations: [\"q1-org2\"]}; 2 4",
                "{organizations: [\"q1-org\", \"q1-org2\"], nameContains: \"a\"}; 2 3 4 5",
                "{organizations: [\"q1-org\"], releasedFrom: \"2022-01-01\"}; 1 5"
            })
    void modelsFilterByDatesAndOrganizations(String filter, String expected) {
        assertThat(keys("models", null, filter)).containsExactlyElementsOf(prefixed("q1-m", expected));
    }

    @ParameterizedTest(name = "claims where {0}")
    @CsvSource(
            delimiter = ';',
            value = {
                "{amountFrom: 50}; 2 5 6", // an open-ended high reaches any amount
                "{amountTo: 9}; 2 3", // a missing low is 0; no amount never matches
                "{amountFrom: 15, amountTo: 150}; 2 3 5 6",
                "{statedFrom: \"2023-01-01\"}; 1 3 6",
                "{statedTo: \"2022-06-30\"}; 4 5",
                "{sourceKinds: [PRESS, OTHER]}; 3 4 6",
                "{flags: [MISSING_CATEGORIES, SCOPE_DRIFT]}; 1",
                "{presentedScope: \"TRAINING\"}; 1",
                "{hasGpuHours: true}; 4 5 6",
                "{hasGpuHours: false}; 1 2 3",
                "{hasGpuHours: true, amountFrom: 50, sourceKinds: [PRIMARY_DISCLOSURE]}; 5"
            })
    void claimsFilterByAmountDateKindFlagScopeAndCompute(String filter, String expected) {
        assertThat(keys("claims", null, filter)).containsExactlyElementsOf(prefixed("q1-c", expected));
        assertThat(keys("claims", "[{field: AMOUNT_HIGH, direction: DESC}]", filter))
                .containsExactlyInAnyOrderElementsOf(prefixed("q1-c", expected));
    }

    @Test
    void sourcesFilterByKinds() {
        assertThat(keys("sources", null, "{kinds: [PRESS, PRIMARY_DISCLOSURE]}"))
                .containsExactlyElementsOf(prefixed("q1-s", "1 3"));
    }

    @Test
    void aCursorOfAnotherOrderIsRefused() {
        String byName = GraphQL.data("{ models(first: 1, orderBy: [{field: NAME}]) { pageInfo { endCursor } } }")
                .getString("models.pageInfo.endCursor");
        String byKey =
                GraphQL.data("{ models(first: 1) { pageInfo { endCursor } } }").getString("models.pageInfo.endCursor");

        JsonPath otherOrder = GraphQL.firstError(
                "query Q($after: String) { models(first: 1, after: $after, orderBy: [{field: RELEASED_ON}]) { nodes { key } } }",
                Map.of("after", byName));
        assertThat(otherOrder.getString("extensions.code")).isEqualTo("INVALID_ARGUMENT");
        assertThat(otherOrder.getString("message"))
                .isEqualTo("after is a cursor of another order (NAME ASC, KEY ASC), not of orderBy RELEASED_ON ASC,"
                        + " KEY ASC. Pass pageInfo.endCursor of a page of the same order.");
        assertThat(GraphQL.firstError(
                                "query Q($after: String) { models(first: 1, after: $after, orderBy: [{field: NAME}]) { nodes { key } } }",
                                Map.of("after", byKey))
                        .getString("extensions.code"))
                .isEqualTo("INVALID_ARGUMENT");
        assertThat(GraphQL.firstError(
                                "query Q($after: String) { models(first: 1, after: $after) { nodes { key } } }",
                                Map.of("after", byName))
                        .getString("extensions.code"))
                .isEqualTo("INVALID_ARGUMENT");
        assertThat(GraphQL.firstError(
                                "{ models(orderBy: [{field: NAME}, {field: NAME, direction: DESC}]) { nodes { key } } }",
                                Map.of())
                        .getString("message"))
                .isEqualTo("orderBy names NAME twice; name each field at most once.");
    }
}
