package io.costledger;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Where no researcher password is configured (LEDGER_RESEARCHER_PASSWORD unset), every write is refused. */
@QuarkusTest
@TestProfile(WritesWithoutPasswordTest.NoPassword.class)
class WritesWithoutPasswordTest {

    public static class NoPassword implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("%test.ledger.researcher.password", "", "%pg.ledger.researcher.password", "");
        }
    }

    @Test
    void noCredentialsOpenTheLedger() {
        Researcher.post("{\"organizations\": [{\"key\": \"no-password\", \"name\": \"Never\"}]}")
                .statusCode(401);
        String error = Researcher.mutate("{\"organizations\": [{\"key\": \"no-password\", \"name\": \"Never\"}]}")
                .extract()
                .path("errors[0].extensions.code");

        assertThat(error).isEqualTo("UNAUTHORIZED");
        assertThat(GraphQL.data("{ organization(key: \"no-password\") { key } }")
                        .getString("organization"))
                .isNull();
    }
}
