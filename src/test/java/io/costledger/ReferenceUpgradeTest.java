package io.costledger;

import static org.assertj.core.api.Assertions.assertThat;

import io.costledger.reference.ReferenceData;
import io.costledger.reference.ReferenceDataConfig;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import io.smallrye.config.WithDefault;
import jakarta.inject.Inject;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A ledger that started on the first batch of reference data, and where a researcher has since edited GPT-4, restarts
 * on a version that ships more files: it gains them once, in order, without a second copy of anything, and the
 * researcher's GPT-4 stays.
 */
@QuarkusTest
@TestProfile(ReferenceUpgradeTest.FirstBatch.class)
class ReferenceUpgradeTest {

    /** The files the ledger shipped before the second batch. */
    static final List<String> FIRST_BATCH = List.of(
            "db/reference/hardware.json",
            "db/reference/deepseek.json",
            "db/reference/frontier-models.json",
            "db/reference/open-models.json",
            "db/reference/correction-ibm-title.json",
            "db/reference/peak-sources.json",
            "db/reference/fill-hardware-peaks.json");

    /** A ledger of its own, started by the version that shipped the first batch only. */
    public static class FirstBatch implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of(
                    "%test.quarkus.datasource.jdbc.url",
                    H2.url("ledger-upgrade"), "ledger.reference-data.bundles", String.join(",", FIRST_BATCH));
        }
    }

    @Inject
    ReferenceData referenceData;

    /** The files this version ships, as its configuration lists them by default. */
    static List<String> shipped() throws NoSuchMethodException {
        String files = ReferenceDataConfig.class
                .getMethod("bundles")
                .getAnnotation(WithDefault.class)
                .value();
        return Arrays.asList(files.split(","));
    }

    private static final String LEDGER = """
            { models(first: 500) { totalCount nodes { key name } }
              claims(first: 500) { totalCount }
              loads(first: 1) { totalCount }
              gpt4: model(key: "gpt-4") { name claims { key } }
              history(kind: MODEL, key: "gpt-4") { load { loadedBy } } }""";

    @Test
    void anUpgradeAddsTheNewFilesOnceAndKeepsAResearchersEdit() throws Exception {
        Researcher.post("""
                        {"models": [{"key": "gpt-4", "name": "GPT-4 (as the researcher names it)",
                                     "organization": "openai", "releasedOn": "2023-03-14"}]}""").statusCode(200);
        JsonPath before = GraphQL.data(LEDGER);
        List<String> shipped = shipped();
        assertThat(shipped).startsWith(FIRST_BATCH.toArray(String[]::new)).hasSizeGreaterThan(FIRST_BATCH.size());

        referenceData.apply(shipped);

        JsonPath after = GraphQL.data(LEDGER);
        assertThat(after.getString("gpt4.name")).isEqualTo("GPT-4 (as the researcher names it)");
        assertThat(after.getList("history.load.loadedBy"))
                .containsExactly("reference:frontier-models.json", "researcher");
        assertThat(after.getList("gpt4.claims.key")).containsAll(before.getList("gpt4.claims.key"));
        assertThat(after.getInt("claims.totalCount")).isGreaterThanOrEqualTo(70);
        assertThat(after.getInt("models.totalCount")).isGreaterThanOrEqualTo(40);
        List<String> names = after.getList("models.nodes.name");
        assertThat(new HashSet<>(names))
                .as("one model per name: no model loaded twice under two keys")
                .hasSameSizeAs(names);
        // one load per new file at most (a file that would change nothing records no load)
        assertThat(after.getInt("loads.totalCount"))
                .isBetween(
                        before.getInt("loads.totalCount") + 1,
                        before.getInt("loads.totalCount") + shipped.size() - FIRST_BATCH.size());

        referenceData.apply(shipped);

        assertThat(GraphQL.data(LEDGER).getInt("loads.totalCount")).isEqualTo(after.getInt("loads.totalCount"));
    }
}
