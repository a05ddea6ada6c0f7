package io.costledger;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every kind of bad bundle gets one 422 answer listing each problem with its path and key, and writes nothing: each
 * case's bundle also carries a valid new organization, which must not exist afterwards.
 */
@QuarkusTest
class BundleValidationTest {

    private static final String STORED = """
            {"organizations": [{"key": "val-org", "name": "Val"}, {"key": "val-other", "name": "Other"}],
             "models": [{"key": "val-m", "name": "M", "organization": "val-org"},
                        {"key": "val-base", "name": "Base", "organization": "val-org"},
                        {"key": "val-child", "name": "Child", "organization": "val-org", "baseModel": "val-base"}],
             "hardware": [{"key": "val-gpu", "name": "GPU"}],
             "sources": [{"key": "val-src", "title": "Source", "kind": "PRESS"}],
             "claims": [{"key": "val-a", "source": "val-src", "model": "val-m", "quote": "A", "amountUsd": 1, "included": ["DATA"]},
                        {"key": "val-b", "source": "val-src", "model": "val-m", "quote": "B", "amountUsd": 1, "included": ["DATA"],
                         "cites": "val-a"}]}""";

    @BeforeEach
    void arrange() {
        Researcher.post(STORED).statusCode(200);
    }

    /** A claim about val-m with {@code fields} added or replacing the defaults (a JSON document has each key once). */
    private static String claim(String key, String fields) {
        com.fasterxml.jackson.databind.node.ObjectNode claim = (com.fasterxml.jackson.databind.node.ObjectNode)
                Bundles.parse("{\"key\": \"" + key + "\", \"source\": \"val-src\", \"model\": \"val-m\","
                        + " \"quote\": \"q\", \"amountUsd\": 1, \"included\": [\"DATA\"]}");
        if (!fields.isEmpty()) {
            claim.setAll((com.fasterxml.jackson.databind.node.ObjectNode) Bundles.parse("{" + fields + "}"));
        }
        return claim.toString();
    }

    private static String claims(String... claims) {
        return "\"claims\": [" + String.join(", ", claims) + "]";
    }

    static Stream<Arguments> badBundles() {
        String rate = "\"hardwareRates\": [{\"hardware\": \"%s\", \"kind\": \"ON_DEMAND\", \"usdPerGpuHour\": %s,"
                + " \"effectiveOn\": \"2025-01-01\"%s}]";
        return Stream.of(
                bad(
                        "unknown category",
                        claims(claim("v1", "\"included\": [\"MARKETING\"]")),
                        "claims[0] (key \"v1\"): category \"MARKETING\" does not exist"),
                bad(
                        "unknown scope",
                        claims(claim("v1", "\"presentedScope\": \"EVERYTHING\"")),
                        "claims[0] (key \"v1\"): presentedScope \"EVERYTHING\" does not exist"),
                bad(
                        "unknown model",
                        claims(claim("v1", "\"model\": \"no-model\"")),
                        "claims[0] (key \"v1\"): model \"no-model\" does not exist in the bundle or the ledger"),
                bad(
                        "unknown organization",
                        claims(claim("v1", "\"model\": null, \"organization\": \"no-org\"")),
                        "claims[0] (key \"v1\"): organization \"no-org\" does not exist in the bundle or the ledger"),
                bad(
                        "unknown source",
                        claims(claim("v1", "\"source\": \"no-src\"")),
                        "claims[0] (key \"v1\"): source \"no-src\" does not exist in the bundle or the ledger"),
                bad(
                        "unknown hardware",
                        claims(claim("v1", "\"gpuHours\": 5, \"hardware\": \"no-gpu\"")),
                        "claims[0] (key \"v1\"): hardware \"no-gpu\" does not exist in the bundle or the ledger"),
                bad(
                        "unknown cited claim",
                        claims(claim("v1", "\"cites\": \"no-claim\"")),
                        "claims[0] (key \"v1\"): cited claim \"no-claim\" does not exist in the bundle or the ledger"),
                bad(
                        "unknown organization and base of a model",
                        "\"models\": [{\"key\": \"v-m\", \"name\": \"M\", \"organization\": \"no-org\", \"baseModel\": \"no-base\"}]",
                        "models[0] (key \"v-m\"): organization \"no-org\" does not exist in the bundle or the ledger",
                        "models[0] (key \"v-m\"): base model \"no-base\" does not exist in the bundle or the ledger"),
                bad(
                        "unknown hardware and source of a rate",
                        rate.formatted("no-gpu", "2", ", \"source\": \"no-src\""),
                        "hardwareRates[0] (key \"no-gpu/ON_DEMAND/2025-01-01/\"): hardware \"no-gpu\" does not"
                                + " exist in the bundle or the ledger",
                        "hardwareRates[0] (key \"no-gpu/ON_DEMAND/2025-01-01/\"): source \"no-src\" does not"
                                + " exist in the bundle or the ledger"),
                bad(
                        "included and excluded",
                        claims(claim("v1", "\"included\": [\"DATA\"], \"excluded\": [\"DATA\", \"OVERHEAD\"]")),
                        "claims[0] (key \"v1\"): category \"DATA\" is both included and excluded"),
                bad(
                        "nothing included",
                        claims(claim("v1", "\"included\": []")),
                        "claims[0] (key \"v1\"): included must name at least one category"),
                bad(
                        "amountUsd with a range",
                        claims(claim("v1", "\"amountLowUsd\": 1")),
                        "claims[0] (key \"v1\"): amountUsd may not be combined with amountLowUsd or amountHighUsd"),
                bad(
                        "low above high",
                        claims(claim("v1", "\"amountUsd\": null, \"amountLowUsd\": 10, \"amountHighUsd\": 5")),
                        "claims[0] (key \"v1\"): amountLowUsd 10 is greater than amountHighUsd 5"),
                bad(
                        "negative amount",
                        claims(claim("v1", "\"amountUsd\": -5")),
                        "claims[0] (key \"v1\"): amountUsd may not be negative, got -5"),
                bad(
                        "zero GPU-hours and a negative rate",
                        claims(claim("v1", "\"gpuHours\": 0, \"hardware\": \"val-gpu\", \"rateUsdPerGpuHour\": -1")),
                        "claims[0] (key \"v1\"): gpuHours must be greater than zero, got 0",
                        "claims[0] (key \"v1\"): rateUsdPerGpuHour must be greater than zero, got -1"),
                bad(
                        "zero hourly rate",
                        rate.formatted("val-gpu", "0", ""),
                        "hardwareRates[0] (key \"val-gpu/ON_DEMAND/2025-01-01/\"): usdPerGpuHour must be"
                                + " greater than zero, got 0"),
                bad(
                        "GPU-hours without hardware",
                        claims(claim("v1", "\"gpuHours\": 5")),
                        "claims[0] (key \"v1\"): gpuHours needs the hardware they ran on"),
                bad(
                        "no figure",
                        claims(claim("v1", "\"amountUsd\": null")),
                        "claims[0] (key \"v1\"): needs an amount (amountUsd, amountLowUsd or amountHighUsd), gpuHours, or"
                                + " chipCount and durationHours"),
                bad(
                        "chips and hours without hardware or amount",
                        claims(claim("v1", "\"amountUsd\": null, \"chipCount\": 8, \"durationHours\": 10")),
                        "claims[0] (key \"v1\"): chipCount and durationHours need the hardware they ran on when the"
                                + " claim states no amount"),
                bad(
                        "zero or fractional compute facts",
                        claims(claim("v1", "\"chipCount\": 0, \"durationHours\": 0, \"trainingComputeFlop\": -1")),
                        "claims[0] (key \"v1\"): chipCount must be greater than zero, got 0",
                        "claims[0] (key \"v1\"): durationHours must be greater than zero, got 0",
                        "claims[0] (key \"v1\"): trainingComputeFlop must be greater than zero, got -1"),
                bad(
                        "a peak of zero and an unknown peak source",
                        "\"hardware\": [{\"key\": \"v-h\", \"name\": \"H\", \"peakFlopsPerSecond\": 0,"
                                + " \"peakFlopsSource\": \"no-src\"}]",
                        "hardware[0] (key \"v-h\"): peakFlopsPerSecond must be greater than zero, got 0",
                        "hardware[0] (key \"v-h\"): peakFlopsSource \"no-src\" does not exist in the bundle or the"
                                + " ledger"),
                bad(
                        "organization other than the model's",
                        claims(claim("v1", "\"organization\": \"val-other\"")),
                        "claims[0] (key \"v1\"): organization \"val-other\" differs from the organization \"val-org\" of its"
                                + " model \"val-m\""),
                bad(
                        "citing itself",
                        claims(claim("v1", "\"cites\": \"v1\"")),
                        "claims[0] (key \"v1\"): a claim may not cite itself"),
                bad(
                        "citation cycle in the bundle",
                        claims(claim("v1", "\"cites\": \"v2\""), claim("v2", "\"cites\": \"v1\"")),
                        "claims[0] (key \"v1\"): citations form a cycle: v1 -> v2 -> v1",
                        "claims[1] (key \"v2\"): citations form a cycle: v2 -> v1 -> v2"),
                bad(
                        "citation cycle through stored claims",
                        claims(claim("val-a", "\"cites\": \"val-b\"")),
                        "claims[0] (key \"val-a\"): citations form a cycle: val-a -> val-b -> val-a"),
                bad(
                        "base model cycle in the bundle",
                        "\"models\": [{\"key\": \"v-x\", \"name\": \"X\", \"organization\": \"val-org\", \"baseModel\": \"v-y\"},"
                                + " {\"key\": \"v-y\", \"name\": \"Y\", \"organization\": \"val-org\", \"baseModel\": \"v-x\"}]",
                        "models[0] (key \"v-x\"): base models form a cycle: v-x -> v-y -> v-x",
                        "models[1] (key \"v-y\"): base models form a cycle: v-y -> v-x -> v-y"),
                bad(
                        "base model cycle through stored models",
                        "\"models\": [{\"key\": \"val-base\", \"name\": \"Base\", \"organization\": \"val-org\","
                                + " \"baseModel\": \"val-child\"}]",
                        "models[0] (key \"val-base\"): base models form a cycle: val-base -> val-child -> val-base"),
                bad(
                        "a model its own base",
                        "\"models\": [{\"key\": \"v-x\", \"name\": \"X\", \"organization\": \"val-org\", \"baseModel\": \"v-x\"}]",
                        "models[0] (key \"v-x\"): baseModel may not be the model itself"),
                bad(
                        "duplicate keys",
                        claims(claim("v1", ""), claim("v1", "")),
                        "claims[1] (key \"v1\"): appears twice in the bundle, also at claims[0]"),
                bad(
                        "empty key, name, title and quote",
                        "\"sources\": [{\"key\": \"v-s\", \"title\": \" \", \"kind\": \"PRESS\"}], "
                                + "\"hardware\": [{\"key\": \"v-h\", \"name\": \"\"}], "
                                + claims(claim("", ""), claim("v2", "\"quote\": \"\"")),
                        "hardware[0] (key \"v-h\"): name is required and may not be empty",
                        "sources[0] (key \"v-s\"): title is required and may not be empty",
                        "claims[0]: key is required and may not be empty",
                        "claims[1] (key \"v2\"): quote is required and may not be empty"),
                bad(
                        "malformed date and number, unknown field",
                        claims(claim(
                                "v1",
                                "\"statedOn\": \"2024-02-30\", \"amountUsd\": \"5M\", \"gpuHours\": 3,"
                                        + " \"hardware\": \"val-gpu\", \"amountUSD\": 5")),
                        "claims[0] (key \"v1\"): amountUsd must be a number, got \"5M\"",
                        "claims[0] (key \"v1\"): statedOn \"2024-02-30\" is not a date (YYYY-MM-DD)",
                        "claims[0] (key \"v1\"): unknown field \"amountUSD\""),
                bad(
                        "unknown source kind",
                        "\"sources\": [{\"key\": \"v-s\", \"title\": \"T\", \"kind\": \"BLOG\"}]",
                        "sources[0] (key \"v-s\"): kind \"BLOG\" is not one of PRIMARY_DISCLOSURE, COMPANY_STATEMENT,"
                                + " ANALYST_ESTIMATE, PRESS, OTHER"),
                bad(
                        "too many decimals",
                        claims(claim("v1", "\"amountUsd\": 1.005")),
                        "claims[0] (key \"v1\"): amountUsd has more than 2 decimals: 1.005"),
                // SEMANTICS.md part 3
                bad(
                        "a partial date that is no calendar day, and one that is no date",
                        claims(claim("v1", "\"stated\": \"2023-02-29\""), claim("v2", "\"stated\": \"2023-13\"")),
                        // the shapes first (no 13th month), then the rules (no 29 February 2023)
                        "claims[1] (key \"v2\"): stated \"2023-13\" is not a date (YYYY, YYYY-MM or YYYY-MM-DD)",
                        "claims[0] (key \"v1\"): stated \"2023-02-29\" is not a date (YYYY, YYYY-MM or YYYY-MM-DD)"),
                bad(
                        "both names of a date, even when they agree",
                        "\"models\": [{\"key\": \"v-m\", \"name\": \"M\", \"organization\": \"val-org\","
                                + " \"released\": \"2024-01-02\", \"releasedOn\": \"2024-01-02\"}]",
                        "models[0] (key \"v-m\"): give released or releasedOn, not both"),
                bad(
                        "a capital expense that covers more than infrastructure and states no amount",
                        claims("{\"key\": \"v1\", \"source\": \"val-src\", \"model\": \"val-m\", \"quote\": \"q\","
                                + " \"capitalExpense\": true, \"gpuHours\": 5, \"hardware\": \"val-gpu\","
                                + " \"included\": [\"INFRASTRUCTURE\", \"DATA\"]}"),
                        "claims[0] (key \"v1\"): a capital expense includes exactly INFRASTRUCTURE, not"
                                + " [\"DATA\",\"INFRASTRUCTURE\"]",
                        "claims[0] (key \"v1\"): a capital expense states an amount (amountUsd, amountLowUsd or"
                                + " amountHighUsd)"),
                bad(
                        "a stored rate of the computed kind",
                        String.format(rate, "val-gpu", "2", "").replace("ON_DEMAND", "AMORTIZED"),
                        "hardwareRates[0] (key \"val-gpu/AMORTIZED/2025-01-01/\"): kind \"AMORTIZED\" is not one of"
                                + " NOTIONAL, ON_DEMAND, COMMITTED_1Y, COMMITTED_3Y"),
                bad(
                        "prices that are not positive, an unknown basis, a year out of range",
                        "\"hardwarePrices\": [{\"hardware\": \"val-gpu\", \"usdPerChip\": 0, \"pricedOn\":"
                                + " \"2024-01-01\", \"basis\": \"SERVER_SHARE\"}, {\"hardware\": \"val-gpu\","
                                + " \"usdPerChip\": 10, \"pricedOn\": \"2024-01-01\", \"basis\": \"RACK\"}],"
                                + " \"electricityPrices\": [{\"year\": 0, \"usdPerKwh\": -1}]",
                        "hardwarePrices[0] (key \"val-gpu/2024-01-01/SERVER_SHARE/0\"): usdPerChip must be greater than zero,"
                                + " got 0",
                        "hardwarePrices[1] (key \"val-gpu/2024-01-01/RACK/10\"): basis \"RACK\" is not one of"
                                + " SERVER_SHARE, CHIP",
                        "electricityPrices[0] (key \"0\"): year must be a year from 1 to 9999, got 0",
                        "electricityPrices[0] (key \"0\"): usdPerKwh must be greater than zero, got -1"));
    }

    private static Arguments bad(String name, String lists, String... problems) {
        return Arguments.of(name, lists, List.of(problems));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badBundles")
    void isRefusedWithEveryProblemAndWritesNothing(String name, String lists, List<String> problems) {
        String atomic = "atomic-" + Integer.toHexString(name.hashCode());
        String body = "{" + lists + ", \"organizations\": [{\"key\": \"" + atomic + "\", \"name\": \"Never stored\"}]}";
        if (lists.contains("\"organizations\"")) {
            throw new IllegalArgumentException("cases must not carry organizations of their own");
        }

        JsonPath error =
                new JsonPath(Researcher.post(body).statusCode(422).extract().asString());

        assertThat(error.getString("code")).isEqualTo("INVALID_BUNDLE");
        List<String> reported = error.getList("problems", java.util.Map.class).stream()
                .map(problem -> problem.get("path")
                        + (problem.get("key") == null ? "" : " (key \"" + problem.get("key") + "\")") + ": "
                        + problem.get("message"))
                .toList();
        assertThat(reported).containsExactlyElementsOf(problems);
        assertThat(error.getString("message")).contains(problems.get(0));
        assertThat(GraphQL.data("{ organization(key: \"" + atomic + "\") { key } }")
                        .getString("organization"))
                .isNull();
    }

    @Test
    void aBodyThatIsNotJsonIsABadRequest() {
        JsonPath error = new JsonPath(
                Researcher.post("{\"claims\": [").statusCode(400).extract().asString());

        assertThat(error.getString("code")).isEqualTo("MALFORMED_JSON");
        assertThat(error.getString("message"))
                .isEqualTo("The body is not one well-formed JSON document: the document ends too early (line 1,"
                        + " column 13).");
    }

    @Test
    void aRuleOnlyTheDatabaseSeesIsReportedLikeAnyOtherProblem() {
        JsonPath error = new JsonPath(Researcher.post(
                        "{\"models\": [{\"key\": \"val-m\", \"name\": \"M\", \"organization\": \"val-other\"}]}")
                .statusCode(422)
                .extract()
                .asString());

        assertThat(error.getString("code")).isEqualTo("INVALID_BUNDLE");
        assertThat(error.getString("problems[0].message"))
                .isEqualTo("a model would move to another organization while stored claims about it stay with the"
                        + " old one; move those claims in the same bundle");
        assertThat(error.getString("message")).doesNotContain("insert", "update", "SQL", "org.hibernate");
        assertThat(GraphQL.data("{ model(key: \"val-m\") { organization { key } } }")
                        .getString("model.organization.key"))
                .isEqualTo("val-org");
    }

    @Test
    void malformedValuesOverGraphQLAreReportedByPathToo() {
        JsonPath error = new JsonPath(
                        Researcher.mutate("{" + claims(claim("gq1", "\"statedOn\": \"31/12/2024\"")) + "}")
                                .extract()
                                .asString())
                .setRootPath("errors[0]");

        assertThat(error.getString("extensions.code")).isEqualTo("INVALID_BUNDLE");
        assertThat(error.getString("message"))
                .isEqualTo(
                        "The bundle was not loaded; it has 1 problem: claims[0] (key \"gq1\"): statedOn \"31/12/2024\""
                                + " is not a date (YYYY-MM-DD)");
    }
}
