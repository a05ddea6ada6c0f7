package io.costledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Keys have a format, checked in the bundle and by the database; flags are stored as structure, so that no key,
 * quote or message can break a read.
 */
@QuarkusTest
class KeysAndRecordsTest {

    @Inject
    AgroalDataSource dataSource;

    @Test
    void aKeyWithAControlCharacterIsAProblemOfTheBundle() {
        JsonPath refused =
                new JsonPath(Researcher.post("""
                        {"organizations": [{"key": "bad\\u001ekey", "name": "Bad"}, {"key": "Upper-Case", "name": "U"}],
                         "models": [{"key": "keys-m", "name": "M", "organization": "bad\\u001ekey"}]}""").statusCode(422).extract().asString());

        assertThat(refused.getList("problems.path"))
                .containsExactly("organizations[0]", "organizations[1]", "models[0]");
        assertThat(refused.getString("problems[0].key")).isEqualTo("bad\\u001Ekey");
        assertThat(refused.getString("problems[0].message"))
                .isEqualTo("key \"bad\\u001Ekey\" is not a key: keys are 1 to 200 lower-case letters, digits, '.',"
                        + " '_' and '-', starting with a letter or a digit");
        assertThat(refused.getString("problems[2].message")).startsWith("organization \"bad\\u001Ekey\" is not a key");
    }

    @Test
    void theDatabaseRefusesABadKeyToo() {
        assertThatThrownBy(() -> TestDatabase.run(
                        dataSource, List.of("insert into organization (id, key, name) values (-7, 'Bad Key', 'B')")))
                .hasStackTraceContaining("ck_organization_key_format");
    }

    @Test
    void aFlagMessageHoldingSeparatorCharactersReadsBack() {
        Researcher.post("""
                        {"organizations": [{"key": "sep-org", "name": "Sep"}],
                         "models": [{"key": "sep-m", "name": "M", "organization": "sep-org"}],
                         "sources": [{"key": "sep-src", "title": "S", "kind": "PRESS"}],
                         "claims": [{"key": "sep-c", "source": "sep-src", "model": "sep-m", "quote": "q",
                                     "amountUsd": 1, "included": ["DATA"]}]}""").statusCode(200);
        TestDatabase.run(
                dataSource,
                List.of("update claim_flag set message = 'one' || chr(30) || 'two' || chr(31)"
                        + " || 'three' where claim_id ="
                        + " (select id from claim where key = 'sep-c')"));

        JsonPath read = GraphQL.data("""
                { model(key: "sep-m") { claims { flags { message categories } } }
                  models(filter: {organization: "sep-org"}) { nodes { claims { key flags { code } } } } }""");

        assertThat(read.getString("model.claims[0].flags[0].message")).isEqualTo("one\u001etwo\u001fthree");
        // the categories the claim leaves unstated, in position order (stored as category ids since V7)
        assertThat(read.getList("model.claims[0].flags[0].categories"))
                .containsExactly(
                        "FINAL_TRAINING_RUN",
                        "OTHER_TRAINING",
                        "RESEARCH_AND_EXPERIMENTS",
                        "INFRASTRUCTURE",
                        "PERSONNEL",
                        "OVERHEAD");
        assertThat(read.getList("models.nodes[0].claims.key")).containsExactly("sep-c");
    }
}
