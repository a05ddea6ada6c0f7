package io.costledger;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.nullValue;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Nothing loaded is ever lost (SEMANTICS.md part 2): every load that changes something is numbered and recorded with
 * each change, every version of an item stays readable, a dry run writes nothing, and a retracted item leaves every
 * read but history.
 */
@QuarkusTest
class HistoryTest {

    private static final String REPORT = """
            mutation Load($bundle: BundleInput!, $dryRun: Boolean) {
              loadBundle(bundle: $bundle, dryRun: $dryRun) {
                dryRun load { number loadedBy created updated unchanged retracted }
                created updated unchanged retracted
                changes { kind key change fields { field before after } }
                claims { key flags { code severity message categories } }
              }
            }""";

    @Inject
    AgroalDataSource dataSource;

    /** An organization, a model, a source and two claims, the second citing the first; all keys start with p. */
    private static String bundle(String p, String name, String amount) {
        return """
                {"organizations": [{"key": "%1$s-org", "name": "%2$s"}],
                 "models": [{"key": "%1$s-m", "name": "M", "organization": "%1$s-org"}],
                 "sources": [{"key": "%1$s-src", "title": "Source", "kind": "PRESS", "publishedOn": "2025-01-01"}],
                 "claims": [{"key": "%1$s-a", "source": "%1$s-src", "model": "%1$s-m", "quote": "A", "amountUsd": %3$s,
                             "included": ["FINAL_TRAINING_RUN"], "presentedScope": "TRAINING"},
                            {"key": "%1$s-b", "source": "%1$s-src", "model": "%1$s-m", "quote": "B", "amountUsd": %3$s,
                             "included": ["FINAL_TRAINING_RUN"], "cites": "%1$s-a", "presentedScope": "ALL_IN"}]}""".formatted(p, name, amount);
    }

    private static JsonPath load(String bundle, boolean dryRun) {
        String body = "{\"query\": " + Bundles.json(REPORT) + ", \"variables\": {\"bundle\": " + bundle
                + ", \"dryRun\": " + dryRun + "}}";
        return new JsonPath(given().auth()
                        .preemptive()
                        .basic(Researcher.USER, Researcher.PASSWORD)
                        .contentType(ContentType.JSON)
                        .body(body)
                        .post("/graphql")
                        .then()
                        .statusCode(200)
                        .body("errors", nullValue())
                        .extract()
                        .asString())
                .setRootPath("data.loadBundle");
    }

    private static String retraction(String kind, String key, String reason) {
        return "{\"retractions\": [{\"kind\": \"%s\", \"key\": \"%s\", \"reason\": \"%s\"}]}"
                .formatted(kind, key, reason);
    }

    @Test
    void aChangedItemRecordsARevisionWithEachChangedFieldBeforeAndAfter() {
        JsonPath first = load(bundle("hist-upd", "Old Name", "1000"), false);
        JsonPath second = load(bundle("hist-upd", "New Name", "2000.50"), false);

        assertThat(second.getInt("load.number")).isEqualTo(first.getInt("load.number") + 1);
        assertThat(second.getString("load.loadedBy")).isEqualTo("researcher");
        assertThat(second.getInt("updated")).isEqualTo(3);
        assertThat(second.getInt("unchanged")).isEqualTo(2);
        assertThat(second.getList("changes.key")).containsExactly("hist-upd-org", "hist-upd-a", "hist-upd-b");
        assertThat(second.getList("changes.change")).containsOnly("UPDATED");
        assertThat(second.getList("changes[0].fields", Map.class))
                .containsExactly(Map.of("field", "name", "before", "\"Old Name\"", "after", "\"New Name\""));
        assertThat(second.getList("changes[1].fields.field")).containsExactly("amountLowUsd", "amountHighUsd");
        assertThat(second.getList("changes[1].fields.before")).containsExactly("1000", "1000");
        assertThat(second.getList("changes[1].fields.after")).containsExactly("2000.5", "2000.5");
    }

    @Test
    void historyListsEveryVersionOldestFirstAsTheExportWritesIt() {
        load(bundle("hist-all", "One", "10"), false);
        load(bundle("hist-all", "Two", "10"), false);
        load(retraction("CLAIM", "hist-all-b", "a repetition"), false);
        load(retraction("CLAIM", "hist-all-a", "misread"), false);
        load(bundle("hist-all", "Two", "10"), false);

        JsonPath claim =
                GraphQL.data("{ history(kind: CLAIM, key: \"hist-all-a\") { load { number } change item reason } }");
        assertThat(claim.getList("history.change")).containsExactly("CREATED", "RETRACTED", "CREATED");
        assertThat(claim.getList("history.reason")).containsExactly(null, "misread", null);
        assertThat(claim.getString("history[0].item"))
                .isEqualTo(
                        "{\"key\":\"hist-all-a\",\"source\":\"hist-all-src\",\"model\":\"hist-all-m\",\"quote\":\"A\","
                                + "\"amountLowUsd\":10,\"amountHighUsd\":10,\"presentedScope\":\"TRAINING\","
                                + "\"included\":[\"FINAL_TRAINING_RUN\"]}");
        assertThat(claim.getString("history[1].item")).isNull();
        JsonPath organization = GraphQL.data("{ history(kind: ORGANIZATION, key: \"hist-all-org\") { change item } }");
        assertThat(organization.getList("history.change")).containsExactly("CREATED", "UPDATED");
        assertThat(organization.getString("history[1].item")).isEqualTo("{\"key\":\"hist-all-org\",\"name\":\"Two\"}");
    }

    @Test
    void aLoadThatChangesNothingGetsNoNumberAndKeepsTheVersion() {
        load(bundle("hist-same", "Same", "5"), false);
        int loads = GraphQL.data("{ loads(first: 1) { totalCount } }").getInt("loads.totalCount");
        long version = version();

        JsonPath again = load(bundle("hist-same", "Same", "5"), false);

        assertThat(again.getString("load")).isNull();
        assertThat(again.getInt("unchanged")).isEqualTo(5);
        assertThat(again.getList("changes")).isEmpty();
        assertThat(GraphQL.data("{ loads(first: 1) { totalCount } }").getInt("loads.totalCount"))
                .isEqualTo(loads);
        assertThat(version()).isEqualTo(version);
    }

    @Test
    void aDryRunReportsWhatALoadWouldAndWritesNothing() {
        int loads = GraphQL.data("{ loads(first: 1) { totalCount } }").getInt("loads.totalCount");
        long version = version();
        long rows = rows();

        JsonPath dry = load(bundle("hist-dry", "Dry", "7"), true);

        assertThat(dry.getBoolean("dryRun")).isTrue();
        assertThat(dry.getString("load")).isNull();
        assertThat(dry.getInt("created")).isEqualTo(5);
        assertThat(dry.getList("changes.key"))
                .containsExactly("hist-dry-org", "hist-dry-m", "hist-dry-src", "hist-dry-a", "hist-dry-b");
        assertThat(rows()).isEqualTo(rows);
        assertThat(version()).isEqualTo(version);
        assertThat(GraphQL.data("{ loads(first: 1) { totalCount } }").getInt("loads.totalCount"))
                .isEqualTo(loads);
        assertThat(GraphQL.data("{ claim(key: \"hist-dry-a\") { key } }").getString("claim"))
                .isNull();

        JsonPath real = load(bundle("hist-dry", "Dry", "7"), false);
        assertThat(dry.getList("claims", Map.class)).isEqualTo(real.getList("claims", Map.class));
        assertThat(dry.getList("changes", Map.class)).isEqualTo(real.getList("changes", Map.class));
        assertThat(real.getList("claims[1].flags.code"))
                .containsExactly("UNSTATED_EXCLUSIONS", "MISSING_CATEGORIES", "SCOPE_DRIFT");
    }

    @Test
    void theReportsChangesAreTheSameOverRestAndGraphQL() {
        String bundle = bundle("hist-rest", "Both", "3");

        JsonPath graphql = load(bundle, true);
        JsonPath rest =
                new JsonPath(Researcher.post(bundle).statusCode(200).extract().asString());

        assertThat(rest.getList("changes", Map.class)).isEqualTo(graphql.getList("changes", Map.class));
        assertThat(rest.getInt("created")).isEqualTo(graphql.getInt("created"));
        assertThat(rest.getList("claims.key")).isEqualTo(graphql.getList("claims.key"));
        assertThat(rest.getList("claims.flags", List.class)).isEqualTo(graphql.getList("claims.flags", List.class));
    }

    @Test
    void aRetractedClaimLeavesListsTotalsCitationsAndFlagsAndItsKeyCanComeBack() {
        load(bundle("hist-ret", "Ret", "100"), false);
        JsonPath refused = new JsonPath(Researcher.post(retraction("CLAIM", "hist-ret-a", "wrong"))
                .statusCode(422)
                .extract()
                .asString());
        assertThat(refused.getString("problems[0].path")).isEqualTo("retractions[0]");
        assertThat(refused.getString("problems[0].key")).isEqualTo("hist-ret-a");
        assertThat(refused.getString("problems[0].message"))
                .isEqualTo("cannot be retracted: CLAIM \"hist-ret-b\" refers to it (cites)");

        load("""
                {"claims": [{"key": "hist-ret-b", "source": "hist-ret-src", "model": "hist-ret-m", "quote": "B",
                             "amountUsd": 100, "included": ["FINAL_TRAINING_RUN"], "presentedScope": "ALL_IN"}],
                 "retractions": [{"kind": "CLAIM", "key": "hist-ret-a", "reason": "misread"}]}""", false);

        JsonPath after = GraphQL.data("""
                { model(key: "hist-ret-m") { claims { key } scopedTotal(scope: "TRAINING") { lowUsd contributions { claim { key } } } }
                  claim(key: "hist-ret-a") { key }
                  b: claim(key: "hist-ret-b") { cites { key } flags { code } }
                  claims(filter: {model: "hist-ret-m"}) { totalCount } }""");
        assertThat(after.getList("model.claims.key")).containsExactly("hist-ret-b");
        assertThat(after.getList("model.scopedTotal.contributions.claim.key")).containsExactly("hist-ret-b");
        assertThat(after.getString("claim")).isNull();
        assertThat(after.getString("b.cites")).isNull();
        assertThat(after.getList("b.flags.code")).containsExactly("UNSTATED_EXCLUSIONS", "MISSING_CATEGORIES");
        assertThat(after.getInt("claims.totalCount")).isEqualTo(1);

        JsonPath back = load(bundle("hist-ret", "Ret", "100"), false);
        assertThat(back.getList("changes.findAll { it.key == 'hist-ret-a' }.change"))
                .containsExactly("CREATED");
        assertThat(GraphQL.data("{ claim(key: \"hist-ret-a\") { citedBy { key } } }")
                        .getList("claim.citedBy.key"))
                .containsExactly("hist-ret-b");
    }

    @Test
    void retractingWhatIsNotInTheLedgerOrIsGivenToo() {
        load(bundle("hist-none", "None", "1"), false);

        JsonPath refused =
                new JsonPath(Researcher.post("""
                        {"organizations": [{"key": "hist-none-org", "name": "None"}],
                         "retractions": [{"kind": "MODEL", "key": "hist-none-nothing", "reason": "r"},
                                         {"kind": "ORGANIZATION", "key": "hist-none-org", "reason": "r"},
                                         {"kind": "HARDWARE_RATE", "key": "no-gpu/ON_DEMAND/2025-01-01/", "reason": "r"}]}""").statusCode(422).extract().asString());

        assertThat(refused.getList("problems.message"))
                .containsExactly(
                        "MODEL \"hist-none-nothing\" is not in the ledger: there is nothing to retract",
                        "is both given and retracted in the bundle, at organizations[0]",
                        "HARDWARE_RATE \"no-gpu/ON_DEMAND/2025-01-01/\" is not in the ledger: there is nothing to"
                                + " retract");
    }

    private long version() {
        return Long.parseLong(single("select content from ledger_state where name = 'ledger.version'"));
    }

    private long rows() {
        return Long.parseLong(single("select (select count(*) from organization) + (select count(*) from model)"
                + " + (select count(*) from source) + (select count(*) from claim) + (select count(*) from"
                + " claim_coverage) + (select count(*) from claim_flag) + (select count(*) from ledger_revision)"));
    }

    private String single(String sql) {
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement();
                ResultSet row = statement.executeQuery(sql)) {
            row.next();
            return row.getString(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
