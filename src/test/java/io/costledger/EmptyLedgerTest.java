package io.costledger;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** With LEDGER_REFERENCE_DATA_ENABLED=false the ledger starts empty, but for the taxonomy of the migrations. */
@QuarkusTest
@TestProfile(EmptyLedgerTest.WithoutReferenceData.class)
class EmptyLedgerTest {

    public static class WithoutReferenceData implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return H2.emptyLedger("ledger-empty");
        }
    }

    @Test
    void onlyCategoriesAndScopesExist() {
        JsonPath data = GraphQL.data("""
                { organizations { key } models { totalCount } sources { totalCount } claims { totalCount }
                  hardware { key } hardwareRates { kind } costCategories { code } costScopes { code } }""");

        assertThat(data.getList("organizations")).isEmpty();
        assertThat(data.getInt("models.totalCount")).isZero();
        assertThat(data.getInt("sources.totalCount")).isZero();
        assertThat(data.getInt("claims.totalCount")).isZero();
        assertThat(data.getList("hardware")).isEmpty();
        assertThat(data.getList("hardwareRates")).isEmpty();
        assertThat(data.getList("costCategories")).hasSize(7);
        assertThat(data.getList("costScopes")).hasSize(5);
    }
}
