package io.costledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** loadBundle: create or update by key, count what happened, show the verdict, keep citing claims' flags current. */
@QuarkusTest
class BundleLoadingTest {

    /** A small bundle of its own keys: 1 organization, 1 model, 1 hardware, 1 source, 1 rate, 2 claims. */
    private static String bundle(String p, String totalAmount) {
        return """
                {"organizations": [{"key": "%1$s-org", "name": "%1$s Labs", "country": "FR"}],
                 "models": [{"key": "%1$s-m", "name": "%1$s M", "organization": "%1$s-org", "releasedOn": "2025-05-01"}],
                 "hardware": [{"key": "%1$s-gpu", "name": "GPU", "vendor": "Acme"}],
                 "sources": [{"key": "%1$s-paper", "title": "The %1$s paper", "kind": "PRIMARY_DISCLOSURE", "publishedOn": "2025-06-01"}],
                 "hardwareRates": [{"hardware": "%1$s-gpu", "kind": "ON_DEMAND", "usdPerGpuHour": 2.5, "effectiveOn": "2025-01-01"}],
                 "claims": [
                   {"key": "%1$s-total", "source": "%1$s-paper", "model": "%1$s-m", "quote": "It cost %2$s dollars.",
                    "amountUsd": %2$s, "gpuHours": 1000, "hardware": "%1$s-gpu", "rateUsdPerGpuHour": 2,
                    "included": ["FINAL_TRAINING_RUN", "OTHER_TRAINING"], "excluded": ["RESEARCH_AND_EXPERIMENTS"],
                    "presentedScope": "TRAINING"},
                   {"key": "%1$s-repeat", "source": "%1$s-paper", "organization": "%1$s-org", "quote": "Some %2$s dollars.",
                    "amountLowUsd": 1900, "included": ["FINAL_TRAINING_RUN"], "cites": "%1$s-total"}
                 ]}""".formatted(p, totalAmount);
    }

    private static JsonPath load(String json) {
        return new JsonPath(Researcher.mutate(json)
                        .body("errors", nullValue())
                        .extract()
                        .asString())
                .setRootPath("data.loadBundle");
    }

    @Test
    void firstLoadCreatesEverythingAndShowsTheVerdict() {
        JsonPath report = load(bundle("create", "2000"));

        assertThat(report.getInt("created")).isEqualTo(7);
        assertThat(report.getInt("updated")).isZero();
        assertThat(report.getInt("unchanged")).isZero();
        assertThat(report.getList("claims.key")).containsExactly("create-total", "create-repeat");
        assertThat(report.getList("claims[0].flags.code")).containsExactly("UNSTATED_EXCLUSIONS");
        assertThat(report.getList("claims[1].flags.code")).containsExactly("UNSTATED_EXCLUSIONS");
        assertThat(new BigDecimal(report.getString("claims[0].amountHighUsd"))).isEqualByComparingTo("2000");
        assertThat(report.getString("claims[1].amountHighUsd")).isNull();
    }

    @Test
    void loadingTheSameBundleAgainChangesNothing() {
        load(bundle("again", "2000"));

        JsonPath report = load(bundle("again", "2000"));

        assertThat(report.getInt("created")).isZero();
        assertThat(report.getInt("updated")).isZero();
        assertThat(report.getInt("unchanged")).isEqualTo(7);
    }

    @Test
    void aCorrectionUpdatesOnlyWhatChangedAndTheCitingClaimsFlagsFollow() {
        load(bundle("fix", "2000"));

        JsonPath report = load(bundle("fix", "5000"));

        assertThat(report.getInt("updated")).isEqualTo(2); // the total's amount, the repeat's quote
        assertThat(report.getInt("unchanged")).isEqualTo(5);
        assertThat(report.getList("claims[0].flags.code"))
                .containsExactly("UNSTATED_EXCLUSIONS", "ARITHMETIC_MISMATCH");
        JsonPath repeat =
                GraphQL.data("{ claim(key: \"fix-repeat\") { flags { code } organization { key } model { key } } }");
        assertThat(repeat.getList("claim.flags.code")).containsExactly("UNSTATED_EXCLUSIONS", "CITATION_MISMATCH");
        assertThat(repeat.getString("claim.organization.key")).isEqualTo("fix-org");
        assertThat(repeat.getString("claim.model")).isNull();
    }

    @Test
    void correctingTheCitedClaimAloneRefreshesTheFlagsOfStoredClaimsCitingIt() {
        load(bundle("cited", "2000"));
        String onlyTheTotal = """
                {"claims": [{"key": "cited-total", "source": "cited-paper", "model": "cited-m", "quote": "It cost 9000 dollars.",
                  "amountUsd": 9000, "included": ["FINAL_TRAINING_RUN", "OTHER_TRAINING"],
                  "excluded": ["RESEARCH_AND_EXPERIMENTS"], "presentedScope": "TRAINING"}]}""";

        JsonPath report = load(onlyTheTotal);

        assertThat(report.getInt("updated")).isEqualTo(1);
        assertThat(GraphQL.data("{ claim(key: \"cited-repeat\") { flags { code } } }")
                        .getList("claim.flags.code"))
                .containsExactly("UNSTATED_EXCLUSIONS", "CITATION_MISMATCH");
        assertThat(GraphQL.data(
                                "{ claims(filter: {flag: CITATION_MISMATCH, organization: \"cited-org\"}) { totalCount } }")
                        .getInt("claims.totalCount"))
                .isEqualTo(1);
    }

    @Test
    void itemsMayReferToStoredRowsAndTheClaimTakesItsModelsOrganizationAndItsSourcesDate() {
        load(bundle("refs", "2000"));

        JsonPath report = load("""
                {"claims": [{"key": "refs-gpu-hours", "source": "refs-paper", "model": "refs-m", "quote": "1000 GPU hours.",
                  "gpuHours": 1000, "hardware": "refs-gpu", "included": ["FINAL_TRAINING_RUN"]}]}""");

        assertThat(report.getInt("created")).isEqualTo(1);
        JsonPath claim = GraphQL.data("""
                { claim(key: "refs-gpu-hours") { organization { key } statedOn costAt(rateKind: ON_DEMAND) } }""");
        assertThat(claim.getString("claim.organization.key")).isEqualTo("refs-org");
        assertThat(claim.getString("claim.statedOn")).isEqualTo("2025-06-01");
        assertThat(new BigDecimal(claim.getString("claim.costAt"))).isEqualByComparingTo("2500.00");
    }

    @Test
    void newItemsMayLinkToNewItemsListedAfterThem() {
        JsonPath report = load("""
                {"organizations": [{"key": "order-org", "name": "O"}],
                 "models": [{"key": "order-m3", "name": "M3", "organization": "order-org", "baseModel": "order-m2"},
                            {"key": "order-m2", "name": "M2", "organization": "order-org", "baseModel": "order-m1"},
                            {"key": "order-m1", "name": "M1", "organization": "order-org"}],
                 "sources": [{"key": "order-src", "title": "S", "kind": "PRESS"}],
                 "claims": [{"key": "order-c3", "source": "order-src", "model": "order-m3", "quote": "q",
                             "amountUsd": 3, "included": ["DATA"], "cites": "order-c2"},
                            {"key": "order-c2", "source": "order-src", "model": "order-m3", "quote": "q",
                             "amountUsd": 3, "included": ["DATA"], "cites": "order-c1"},
                            {"key": "order-c1", "source": "order-src", "model": "order-m3", "quote": "q",
                             "amountUsd": 3, "included": ["DATA"]}]}""");

        assertThat(report.getInt("created")).isEqualTo(8);
        JsonPath read = GraphQL.data("""
                { model(key: "order-m3") { baseModel { key baseModel { key baseModel { key } } } }
                  claim(key: "order-c3") { cites { key cites { key cites { key } } } } }""");
        assertThat(read.getString("model.baseModel.key")).isEqualTo("order-m2");
        assertThat(read.getString("model.baseModel.baseModel.key")).isEqualTo("order-m1");
        assertThat(read.getString("model.baseModel.baseModel.baseModel")).isNull();
        assertThat(read.getString("claim.cites.key")).isEqualTo("order-c2");
        assertThat(read.getString("claim.cites.cites.key")).isEqualTo("order-c1");
        assertThat(read.getString("claim.cites.cites.cites")).isNull();
    }

    @Test
    void anInvalidBundleAnswersWithEveryProblemAsExtensions() {
        JsonPath error = new JsonPath(Researcher.mutate("""
                        {"organizations": [{"key": "", "name": "No key"}],
                         "claims": [{"key": "lonely", "source": "nowhere", "quote": "q", "organization": "nobody",
                                     "amountUsd": 1, "included": ["MARKETING"]}]}""").extract().asString()).setRootPath("errors[0]");

        assertThat(error.getString("extensions.code")).isEqualTo("INVALID_BUNDLE");
        assertThat(error.getList("extensions.problems.path"))
                .containsExactly("organizations[0]", "claims[0]", "claims[0]", "claims[0]");
        assertThat(error.getList("extensions.problems.message"))
                .containsExactly(
                        "key is required and may not be empty",
                        "category \"MARKETING\" does not exist",
                        "source \"nowhere\" does not exist in the bundle or the ledger",
                        "organization \"nobody\" does not exist in the bundle or the ledger");
        assertThat(GraphQL.data("{ claim(key: \"lonely\") { key } }").getString("claim"))
                .isNull();
    }

    /**
     * The writer writes 500 items at a time: a chain of 1,200 new models and of 1,200 claims citing one another, listed
     * newest first, is written each after what it links to, across those batches; then half of them change.
     */
    @Test
    void chainsLongerThanAWriteBatchAreWrittenInLinkOrder() {
        int n = 1200;
        StringBuilder models = new StringBuilder();
        StringBuilder claims = new StringBuilder();
        for (int i = n - 1; i >= 0; i--) {
            String base = i == 0 ? "" : ", \"baseModel\": \"chain-m%d\"".formatted(i - 1);
            String cites = i == 0 ? "" : ", \"cites\": \"chain-c%d\"".formatted(i - 1);
            models.append("{\"key\": \"chain-m%d\", \"name\": \"M%d\", \"organization\": \"chain-org\"%s},"
                    .formatted(i, i, base));
            claims.append(("{\"key\": \"chain-c%d\", \"source\": \"chain-src\", \"model\": \"chain-m%d\","
                            + " \"quote\": \"q\", \"amountUsd\": %d, \"included\": [\"DATA\"]%s},")
                    .formatted(i, i, i + 1, cites));
        }
        String bundle = "{\"organizations\": [{\"key\": \"chain-org\", \"name\": \"Chain\"}],"
                + " \"sources\": [{\"key\": \"chain-src\", \"title\": \"S\", \"kind\": \"PRESS\"}],"
                + " \"models\": [" + models.substring(0, models.length() - 1) + "],"
                + " \"claims\": [" + claims.substring(0, claims.length() - 1) + "]}";
        JsonPath created =
                new JsonPath(Researcher.post(bundle).statusCode(200).extract().asString());
        assertThat(created.getInt("created")).isEqualTo(2 + 2 * n);

        JsonPath read = GraphQL.data("""
                { last: model(key: "chain-m1199") { baseModel { key } organization { key } }
                  middle: model(key: "chain-m600") { baseModel { key } }
                  first: model(key: "chain-m0") { baseModel { key } }
                  c: claim(key: "chain-c700") { cites { key } amountLowUsd organization { key } model { key }
                       coverage { category { code } coverage } } }""");
        assertThat(read.getString("last.baseModel.key")).isEqualTo("chain-m1198");
        assertThat(read.getString("last.organization.key")).isEqualTo("chain-org");
        assertThat(read.getString("middle.baseModel.key")).isEqualTo("chain-m599");
        assertThat(read.getString("first.baseModel")).isNull();
        assertThat(read.getString("c.cites.key")).isEqualTo("chain-c699");
        assertThat(new BigDecimal(read.getString("c.amountLowUsd"))).isEqualByComparingTo("701");
        assertThat(read.getString("c.organization.key")).isEqualTo("chain-org");
        assertThat(read.getString("c.model.key")).isEqualTo("chain-m700");

        String changed = bundle.replace("\"included\": [\"DATA\"]", "\"included\": [\"PERSONNEL\"]")
                .replace("\"quote\": \"q\"", "\"quote\": \"r\"");
        JsonPath updated =
                new JsonPath(Researcher.post(changed).statusCode(200).extract().asString());
        assertThat(updated.getInt("updated")).isEqualTo(n);
        assertThat(updated.getInt("unchanged")).isEqualTo(2 + n);
        JsonPath after = GraphQL.data("""
                { claim(key: "chain-c1199") { quote cites { key } coverage { category { code } coverage } } }""");
        assertThat(after.getString("claim.quote")).isEqualTo("r");
        assertThat(after.getString("claim.cites.key")).isEqualTo("chain-c1198");
        assertThat(after.getList("claim.coverage.findAll { it.coverage != 'UNSTATED' }.category.code"))
                .containsExactly("PERSONNEL");

        // and all of it retracted in one bundle (which also leaves the shared test ledger as it was)
        StringBuilder retractions =
                new StringBuilder("{\"kind\": \"ORGANIZATION\", \"key\": \"chain-org\", \"reason\": \"test\"},"
                        + " {\"kind\": \"SOURCE\", \"key\": \"chain-src\", \"reason\": \"test\"}");
        for (int i = 0; i < n; i++) {
            retractions
                    .append(", {\"kind\": \"MODEL\", \"key\": \"chain-m%1$d\", \"reason\": \"test\"},".formatted(i))
                    .append(" {\"kind\": \"CLAIM\", \"key\": \"chain-c%1$d\", \"reason\": \"test\"}".formatted(i));
        }
        JsonPath retracted = new JsonPath(Researcher.post("{\"retractions\": [" + retractions + "]}")
                .statusCode(200)
                .extract()
                .asString());
        assertThat(retracted.getInt("retracted")).isEqualTo(2 + 2 * n);
        JsonPath gone = GraphQL.data("""
                { model(key: "chain-m600") { key } claim(key: "chain-c700") { key } }""");
        assertThat(gone.getString("model")).isNull();
        assertThat(gone.getString("claim")).isNull();
    }
}
