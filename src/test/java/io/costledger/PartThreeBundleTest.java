package io.costledger;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The items of SEMANTICS.md part 3 through the loader: price rows validated, exported, kept in history and retractable
 * like rate rows; dates kept with their precision under their new names; defaults never written.
 */
@QuarkusTest
class PartThreeBundleTest {

    private static final String BUNDLE = """
            {"organizations": [{"key": "p3-org", "name": "P3", "hyperscale": true}],
             "models": [{"key": "p3-model", "name": "P3 model", "organization": "p3-org", "released": "2023-05"},
                        {"key": "p3-old", "name": "P3 old", "organization": "p3-org", "releasedOn": "2021-03-04"}],
             "hardware": [{"key": "p3-gpu", "name": "P3 GPU", "kind": "GPU", "tdpWatts": 400}],
             "sources": [{"key": "p3-src", "title": "P3", "kind": "PRESS", "published": "2023"}],
             "hardwarePrices": [{"hardware": "p3-gpu", "usdPerChip": 10000.00, "pricedOn": "2020-01-15",
                                 "basis": "CHIP", "source": "p3-src", "note": "a chip"},
                                {"hardware": "p3-gpu", "usdPerChip": 20000, "pricedOn": "2020-01-15",
                                 "basis": "SERVER_SHARE"}],
             "electricityPrices": [{"year": 1990, "usdPerKwh": 0.08, "source": "p3-src"}],
             "claims": [{"key": "p3-run", "source": "p3-src", "model": "p3-model", "quote": "q",
                         "gpuHours": 1000000, "hardware": "p3-gpu", "durationHours": 1000,
                         "included": ["FINAL_TRAINING_RUN"], "quoteCheck": "FULL_COPY"},
                        {"key": "p3-unchecked", "source": "p3-src", "model": "p3-model", "quote": "q",
                         "amountUsd": 5, "included": ["DATA"], "quoteCheck": "UNCHECKED", "stated": "2023-06"}]}""";

    /** The bundle with its own keys (the electricity row of 1990, which no other test uses, is shared). */
    private static String bundle(String prefix) {
        return BUNDLE.replace("p3-", prefix);
    }

    @Test
    void pricesAndDatesLoadExportAndComeBackUnchanged() throws Exception {
        String bundle = bundle("p3a-");
        JsonPath first =
                new JsonPath(Researcher.post(bundle).statusCode(200).extract().asString());
        assertThat(first.getInt("created") + first.getInt("updated") + first.getInt("unchanged"))
                .isEqualTo(10);
        assertThat(first.getInt("created")).isGreaterThanOrEqualTo(9);

        JsonNode export = Bundles.parse(
                given().get("/bundles/export").then().statusCode(200).extract().asString());
        JsonNode model = find(export.get("models"), "key", "p3a-model");
        assertThat(model.get("released").asText()).isEqualTo("2023-05");
        assertThat(model.has("releasedOn")).isFalse();
        assertThat(find(export.get("models"), "key", "p3a-old").get("released").asText())
                .isEqualTo("2021-03-04");
        assertThat(find(export.get("organizations"), "key", "p3a-org")
                        .get("hyperscale")
                        .asBoolean())
                .isTrue();
        JsonNode run = find(export.get("claims"), "key", "p3a-run");
        assertThat(run.get("quoteCheck").asText()).isEqualTo("FULL_COPY");
        JsonNode unchecked = find(export.get("claims"), "key", "p3a-unchecked");
        assertThat(unchecked.has("quoteCheck")).as("the default is not written").isFalse();
        assertThat(unchecked.has("capitalExpense")).isFalse();
        assertThat(unchecked.get("stated").asText()).isEqualTo("2023-06");
        List<String> prices = new java.util.ArrayList<>();
        export.get("hardwarePrices").forEach(price -> {
            if (price.get("hardware").asText().equals("p3a-gpu")) {
                prices.add(price.get("pricedOn").asText() + " "
                        + price.get("basis").asText() + " "
                        + price.get("usdPerChip").decimalValue().toPlainString());
            }
        });
        assertThat(prices).containsExactly("2020-01-15 CHIP 10000", "2020-01-15 SERVER_SHARE 20000");

        // the same values under the older names, and 10000.00 for 10000: nothing changes
        String again = bundle.replace("\"releasedOn\": \"2021-03-04\"", "\"released\": \"2021-03-04\"")
                .replace("\"usdPerChip\": 10000.00", "\"usdPerChip\": 10000");
        JsonPath second =
                new JsonPath(Researcher.post(again).statusCode(200).extract().asString());
        assertThat(second.getInt("created")).isZero();
        assertThat(second.getInt("updated")).isZero();
        assertThat(second.getInt("unchanged")).isEqualTo(10);

        // a date known to the year is text in the CSV, not the number 2023
        String csv = given().get("/claims.csv?source=p3a-src")
                .then()
                .statusCode(200)
                .extract()
                .asString();
        assertThat(csv.lines().filter(line -> line.startsWith("\"p3a-run\"")))
                .singleElement()
                .asString()
                .contains(",\"2023-01-01\",")
                .contains(",\"2023\",\"YEAR\",\"FULL_COPY\",false,");
    }

    @Test
    void theServerShareOnTheSameDayIsThePriceUsedAndAPriceRowIsRetractedByItsName() {
        Researcher.post(bundle("p3b-")).statusCode(200);
        JsonPath owned = GraphQL.exact("""
                { claim(key: "p3b-run") { amortized { price { basis usdPerChip } pue usdPerKwh endedOn ageYears } }
                  model(key: "p3b-model") { released { text precision from to } releasedOn }
                  source(key: "p3b-src") { published { text precision } publishedOn } }""");
        assertThat(owned.getString("claim.amortized.price.basis")).isEqualTo("SERVER_SHARE");
        assertThat(owned.getString("claim.amortized.pue")).isEqualTo("1.1");
        // released "2023-05": the rule day 2023-05-15; no 2023 electricity row, the nearest year's
        assertThat(owned.getString("claim.amortized.endedOn")).isEqualTo("2023-03-16");
        assertThat(owned.getString("model.released.from")).isEqualTo("2023-05-01");
        assertThat(owned.getString("model.released.to")).isEqualTo("2023-05-31");
        assertThat(owned.getString("model.releasedOn")).isEqualTo("2023-05-01");
        assertThat(owned.getString("source.published.precision")).isEqualTo("YEAR");
        assertThat(owned.getString("source.publishedOn")).isEqualTo("2023-01-01");

        Researcher.post("""
                        {"retractions": [{"kind": "HARDWARE_PRICE", "key": "p3b-gpu/2020-01-15/SERVER_SHARE/20000.00",
                                          "reason": "a test"}]}""").statusCode(200);
        assertThat(GraphQL.data("{ hardwarePrices(hardware: \"p3b-gpu\") { basis } }")
                        .getList("hardwarePrices.basis"))
                .containsExactly("CHIP");
        JsonPath history = GraphQL.data(
                "{ history(kind: HARDWARE_PRICE, key: \"p3b-gpu/2020-01-15/SERVER_SHARE/20000\") { change reason } }");
        assertThat(history.getList("history.change")).endsWith("RETRACTED");
        // the price in a name is a number: 20000.00 names the same row
        assertThat(GraphQL.data("{ history(kind: HARDWARE_PRICE, key: \"p3b-gpu/2020-01-15/SERVER_SHARE/20000.00\") {"
                                + " change } }")
                        .getList("history.change"))
                .isEqualTo(history.getList("history.change"));
        assertThat(GraphQL.exact("{ claim(key: \"p3b-run\") { amortized { price { basis } } } }")
                        .getString("claim.amortized.price.basis"))
                .isEqualTo("CHIP");
    }

    @Test
    void anElectricityPriceIsNamedByItsYear() {
        Researcher.post(bundle("p3c-")).statusCode(200);
        Researcher.post("{\"electricityPrices\": [{\"year\": 1990, \"usdPerKwh\": 0.09}]}")
                .statusCode(200);
        JsonPath history = GraphQL.data("{ history(kind: ELECTRICITY_PRICE, key: \"1990\") { change item } }");
        assertThat(history.getList("history.change")).containsSubsequence("CREATED", "UPDATED");
        assertThat(history.getList("history.item", String.class))
                .last()
                .isEqualTo("{\"year\":1990,\"usdPerKwh\":0.09}");
    }

    private static JsonNode find(JsonNode items, String field, String value) {
        for (JsonNode item : items) {
            if (item.path(field).asText().equals(value)) {
                return item;
            }
        }
        throw new AssertionError("no item with " + field + " " + value + " in " + items);
    }
}
