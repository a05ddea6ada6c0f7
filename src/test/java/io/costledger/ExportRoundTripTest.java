package io.costledger;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** GET /bundles/export is a bundle: loaded into an empty ledger, it exports again as the same document. */
@QuarkusTest
@TestProfile(ExportRoundTripTest.OwnEmptyLedger.class)
class ExportRoundTripTest {

    public static class OwnEmptyLedger implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return H2.emptyLedger("ledger-export");
        }
    }

    /** Every field a bundle can carry, beyond what the reference data uses. */
    private static final String EVERY_FIELD = """
            {"models": [{"key": "rt-child", "name": "Child", "organization": "deepseek", "baseModel": "deepseek-v3"}],
             "hardware": [{"key": "rt-gpu", "name": "RT GPU", "vendor": "RT", "peakFlopsPerSecond": 1.5E+14,
                           "peakFlopsSource": "ai-index-2024"}],
             "claims": [{"key": "rt-derived", "source": "ai-index-2024", "model": "rt-child", "quote": "16 chips, 10.5 hours.",
                         "chipCount": 16, "durationHours": 10.5, "trainingComputeFlop": 1.2E+19, "hardware": "rt-gpu",
                         "included": ["FINAL_TRAINING_RUN"]},
                        {"key": "rt-range", "source": "ai-index-2024", "model": "rt-child", "quote": "Between 1 and 2.5 million.",
                         "locator": "p. 3", "notes": "A range.", "statedOn": "2024-05-01", "amountLowUsd": 1000000,
                         "amountHighUsd": 2500000.5, "gpuHours": 12.25, "hardware": "h800", "rateUsdPerGpuHour": 1.2345,
                         "rateAssumed": true, "presentedScope": "DEVELOPMENT", "included": ["DATA", "FINAL_TRAINING_RUN"],
                         "excluded": ["OVERHEAD", "PERSONNEL"], "cites": "deepseek-v3-total"}]}""";

    @Inject
    AgroalDataSource dataSource;

    @Inject
    ObjectMapper mapper;

    @Test
    void exportLoadedIntoAnEmptyLedgerExportsTheSameDocument() throws Exception {
        emptyTheLedger();
        for (String file : List.of("hardware", "deepseek", "frontier-models", "open-models")) {
            Researcher.post(Files.readString(Path.of("db", "reference", file + ".json")))
                    .statusCode(200);
        }
        Researcher.post(EVERY_FIELD).statusCode(200);
        String first = export();

        emptyTheLedger();
        JsonPath report =
                new JsonPath(Researcher.post(first).statusCode(200).extract().asString());
        String second = export();

        JsonNode document = mapper.readTree(first);
        int items = 0;
        for (JsonNode list : document) {
            items += list.size();
        }
        assertThat(items)
                .isEqualTo(6 + 9 + 5 + 13 + 14 + 21); // organizations, models, hardware, sources, rates, claims
        assertThat(report.getInt("created")).isEqualTo(items);
        assertThat(mapper.readTree(second)).isEqualTo(document);
        assertThat(document.at("/claims").findValuesAsText("key")).contains("rt-range");
        JsonNode range = document.at("/claims/" + indexOf(document.at("/claims"), "rt-range"));
        assertThat(range.get("amountHighUsd").decimalValue()).isEqualByComparingTo("2500000.5");
        assertThat(range.get("excluded").toString()).isEqualTo("[\"PERSONNEL\",\"OVERHEAD\"]");
        assertThat(range.get("included").toString()).isEqualTo("[\"FINAL_TRAINING_RUN\",\"DATA\"]");
        // derived GPU-hours are never exported: the claim comes back as the bundle gave it
        JsonNode derived = document.at("/claims/" + indexOf(document.at("/claims"), "rt-derived"));
        assertThat(derived.has("gpuHours")).isFalse();
        assertThat(derived.get("chipCount").intValue()).isEqualTo(16);
        assertThat(derived.get("durationHours").decimalValue()).isEqualByComparingTo("10.5");
        assertThat(derived.get("trainingComputeFlop").decimalValue()).isEqualByComparingTo("1.2E+19");
        JsonNode gpu = document.at("/hardware/" + indexOf(document.at("/hardware"), "rt-gpu"));
        assertThat(gpu.get("peakFlopsPerSecond").decimalValue()).isEqualByComparingTo("1.5E+14");
        assertThat(gpu.get("peakFlopsSource").asText()).isEqualTo("ai-index-2024");
        JsonPath claim =
                GraphQL.exact("{ claim(key: \"rt-derived\") { gpuHours gpuHoursDerived impliedUtilization } }");
        assertThat(new BigDecimal(claim.getString("claim.gpuHours"))).isEqualByComparingTo("168.00");
        assertThat(claim.getBoolean("claim.gpuHoursDerived")).isTrue();
        assertThat(new BigDecimal(claim.getString("claim.impliedUtilization"))).isEqualByComparingTo("0.1323");
        emptyTheLedger();
    }

    private static int indexOf(JsonNode items, String key) {
        for (int i = 0; i < items.size(); i++) {
            if (key.equals(items.get(i).get("key").asText())) {
                return i;
            }
        }
        throw new AssertionError("no item " + key);
    }

    private static String export() {
        return given().get("/bundles/export").then().statusCode(200).extract().asString();
    }

    private void emptyTheLedger() {
        TestDatabase.run(dataSource, TestDatabase.EMPTY);
    }
}
