package io.costledger.bundle;

import static org.assertj.core.api.Assertions.assertThat;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Every rule the database enforces has a message of its own, found by the constraint's exact name: a name that begins
 * another (ck_claim_gpu_hours, ck_claim_gpu_hours_hardware) never takes the other's message.
 */
@QuarkusTest
class DatabaseRulesTest {

    @Inject
    AgroalDataSource dataSource;

    /** The named constraints of the schema the migrations built (ck_, fk_, uq_ and pk_; the others are unnamed). */
    private List<String> constraints() throws SQLException {
        List<String> names = new ArrayList<>();
        try (Connection connection = dataSource.getConnection();
                ResultSet rows = connection
                        .createStatement()
                        .executeQuery("select distinct lower(constraint_name) from information_schema.table_constraints"
                                + " where table_schema = current_schema()"
                                + " and substring(lower(constraint_name), 1, 3) in ('ck_', 'fk_', 'uq_', 'pk_')")) {
            while (rows.next()) {
                names.add(rows.getString(1));
            }
        }
        return names;
    }

    @Test
    void everyConstraintOfTheSchemaHasItsOwnMessage() throws SQLException {
        List<String> constraints = constraints();

        assertThat(constraints).hasSizeGreaterThan(50);
        assertThat(DatabaseRules.MESSAGES.keySet()).containsAll(constraints);
        assertThat(new HashSet<>(DatabaseRules.MESSAGES.values())).hasSize(DatabaseRules.MESSAGES.size());
    }

    @Test
    void eachNameMapsToItsOwnMessageWhateverNamesItBegins() throws SQLException {
        for (String name : constraints()) {
            SQLException h2 = new SQLException(
                    "Check constraint violation: \"" + name + ": CHECK(...)\"; SQL statement: insert ...", "23513");

            assertThat(DatabaseRules.describe(new RuntimeException(h2)))
                    .as(name)
                    .contains(DatabaseRules.MESSAGES.get(name));
        }
        assertThat(DatabaseRules.describe(new SQLException("Value too long for column \"title\"", "22001")))
                .contains("a value is longer than its column holds");
    }
}
