package io.costledger;

import static org.assertj.core.api.Assertions.assertThat;

import io.costledger.reference.ReferenceData;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A later reference file corrects shipped data only where it is as the reference data left it: an item a researcher
 * changed keeps the researcher's version. The shipped correction of the IBM source's title is one such file.
 */
@QuarkusTest
@TestProfile(ReferenceCorrectionTest.OwnLedger.class)
class ReferenceCorrectionTest {

    /** A ledger of its own with the reference data, so that corrections here touch no other test's. */
    public static class OwnLedger implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("%test.quarkus.datasource.jdbc.url", H2.url("ledger-corrections"));
        }
    }

    @Inject
    ReferenceData referenceData;

    @Test
    void aCorrectionReachesWhatNoResearcherChangedAndSkipsWhatOneDid() {
        Researcher.post("{\"hardware\": [{\"key\": \"h800\", \"name\": \"H800 (as the researcher calls it)\","
                        + " \"vendor\": \"NVIDIA\"}]}")
                .statusCode(200);

        referenceData.applyOnce("reference-test/correction.json");

        JsonPath hardware = GraphQL.data("""
                { hardware { key name }
                  tpu: history(kind: HARDWARE, key: "tpu-v4") { change load { loadedBy } }
                  h800: history(kind: HARDWARE, key: "h800") { change load { loadedBy } } }""");
        assertThat(hardware.getString("hardware.find { it.key == 'tpu-v4' }.name"))
                .isEqualTo("Google Cloud TPU v4");
        assertThat(hardware.getString("hardware.find { it.key == 'h800' }.name"))
                .isEqualTo("H800 (as the researcher calls it)");
        assertThat(hardware.getList("tpu.load.loadedBy"))
                .containsExactly(
                        "reference:hardware.json",
                        "reference:fill-hardware-peaks.json",
                        "reference:method-1-amortized.json",
                        "reference:correction.json");
        assertThat(hardware.getList("h800.load.loadedBy"))
                .containsExactly(
                        "reference:hardware.json",
                        "reference:fill-hardware-peaks.json",
                        "reference:method-1-amortized.json",
                        "researcher");

        referenceData.applyOnce("reference-test/correction.json");
        assertThat(GraphQL.data("{ history(kind: HARDWARE, key: \"tpu-v4\") { change } }")
                        .getList("history"))
                .hasSize(4);
    }

    @Test
    void aFillSetsOnlyTheFieldsAnItemLacksWhoeverChangedItLast() {
        // a researcher renames the A100 and leaves its peak out (a bundle's item replaces the stored one whole), and
        // gives the H100 a peak of their own
        Researcher.post("""
                        {"hardware": [{"key": "a100-80gb", "name": "A100 (renamed)", "vendor": "NVIDIA"},
                                      {"key": "h100-80gb", "name": "NVIDIA H100 80GB", "vendor": "NVIDIA",
                                       "peakFlopsPerSecond": 1.979E+15}]}""").statusCode(200);

        referenceData.applyOnce("reference-test/fill-peaks.json");

        JsonPath hardware = GraphQL.data("""
                { hardware { key name peakFlopsPerSecond peakFlopsSource { key } }
                  history(kind: HARDWARE, key: "a100-80gb") { load { loadedBy } } }""");
        assertThat(hardware.getString("hardware.find { it.key == 'a100-80gb' }.name"))
                .isEqualTo("A100 (renamed)");
        assertThat(new java.math.BigDecimal(
                        hardware.getString("hardware.find { it.key == 'a100-80gb' }.peakFlopsPerSecond")))
                .isEqualByComparingTo("1E+15");
        assertThat(hardware.getString("hardware.find { it.key == 'a100-80gb' }.peakFlopsSource.key"))
                .isEqualTo("nvidia-h100-page");
        assertThat(new java.math.BigDecimal(
                        hardware.getString("hardware.find { it.key == 'h100-80gb' }.peakFlopsPerSecond")))
                .isEqualByComparingTo("1.979E+15");
        assertThat(hardware.getList("hardware.key")).doesNotContain("no-such-chip");
        assertThat(hardware.getList("history.load.loadedBy")
                        .get(hardware.getList("history").size() - 1))
                .isEqualTo("reference:fill-peaks.json");
    }

    @Test
    void theIbmSourceHasTheTitleOfTheFacts() {
        JsonPath source = GraphQL.data("""
                { source(key: "ibm-think-deepseek-faq") { title }
                  history(kind: SOURCE, key: "ibm-think-deepseek-faq") { change load { loadedBy } } }""");

        assertThat(source.getString("source.title")).isEqualTo("DeepSeek (IBM Think topic page)");
        assertThat(source.getList("history.load.loadedBy")).containsExactly("reference:deepseek.json");
    }
}
