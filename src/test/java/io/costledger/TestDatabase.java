package io.costledger;

import io.agroal.api.AgroalDataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/** Plain SQL against the test database, for what a test arranges behind the service's back. */
public final class TestDatabase {

    /** Every item and every record of loads, children first. */
    public static final List<String> EMPTY = List.of(
            "delete from claim_flag",
            "delete from claim_coverage",
            "update claim set cites_id = null",
            "delete from claim",
            "delete from hardware_rate",
            "update model set base_model_id = null",
            "delete from model",
            "delete from hardware",
            "delete from source",
            "delete from organization",
            "delete from ledger_revision",
            "delete from ledger_load");

    private TestDatabase() {}

    /** Runs the statements in one transaction. */
    public static void run(AgroalDataSource dataSource, List<String> statements) {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try (Statement statement = connection.createStatement()) {
                for (String sql : statements) {
                    statement.execute(sql);
                }
            }
            connection.commit();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
