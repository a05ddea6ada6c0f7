package io.costledger.bundle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.junit.jupiter.api.Test;

/**
 * A ledger that holds keys the key format refuses cannot be migrated past V4: start-up stops with a message listing
 * them, never a bare constraint error. Once they are fixed, the migration passes.
 */
class KeyFormatMigrationTest {

    private static final String URL = "jdbc:h2:mem:key-format-migration;DB_CLOSE_DELAY=-1;MODE=PostgreSQL;"
            + "DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;NON_KEYWORDS=KEY,VALUE";

    private static Flyway flyway(String target) {
        return Flyway.configure()
                .dataSource(URL, "sa", "")
                .locations("classpath:db/migration")
                .target(target)
                .load();
    }

    @Test
    void brokenKeysStopTheMigrationWithTheirListUntilTheyAreFixed() throws SQLException {
        flyway("3").migrate();
        try (Connection connection = DriverManager.getConnection(URL, "sa", "")) {
            connection
                    .createStatement()
                    .execute("insert into organization (id, key, name) values"
                            + " (1, 'Acme Labs', 'A'), (2, 'ok-key', 'O'), (3, 'tab' || chr(9) || 'key', 'T')");
        }

        assertThatThrownBy(() -> flyway("latest").migrate())
                .isInstanceOf(FlywayException.class)
                .rootCause()
                .hasMessageStartingWith("Cannot add the key format (^[a-z0-9][a-z0-9._-]*$, at most 200 characters): 2"
                        + " stored keys break it.")
                .hasMessageEndingWith("They are: organization \"Acme Labs\"; organization \"tab\\u0009key\"");

        try (Connection connection = DriverManager.getConnection(URL, "sa", "")) {
            connection.createStatement().execute("update organization set key = 'acme-labs' where id = 1");
            connection.createStatement().execute("update organization set key = 'tab-key' where id = 3");
        }
        flyway("latest").repair(); // H2 records the failed attempt (PostgreSQL rolls it back with the transaction)
        flyway("latest").migrate();
        assertThat(flyway("latest").info().current().getVersion().getVersion()).isEqualTo("10");
    }
}
