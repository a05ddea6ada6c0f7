package io.costledger.db;

import io.costledger.limits.Deadline;
import io.micrometer.core.instrument.Counter;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.postgresql.PGStatement;

/**
 * Runs parameterized statements on one connection: every statement is counted, runs under the request's deadline
 * (cancelled in the database when it passes), and takes a batch of values as one array parameter ({@code = any(?)}),
 * never one parameter per value.
 */
public final class Sql {

    private static final int BATCH = 500;

    /** Rows per round trip: a dashboard page's claims or flags in one, an export's memory bounded. */
    private static final int FETCH = 2000;

    private final Connection connection;
    private final Deadline deadline;
    private final Counter statements;
    /** Whether each statement is planned for its own parameters (in write transactions; see {@link #prepare}). */
    private final boolean planEachTime;

    Sql(Connection connection, Deadline deadline, Counter statements) {
        this(connection, deadline, statements, false);
    }

    Sql(Connection connection, Deadline deadline, Counter statements, boolean planEachTime) {
        this.connection = connection;
        this.deadline = deadline;
        this.statements = statements;
        this.planEachTime = planEachTime;
    }

    /**
     * Prepares a statement. In a write transaction, on PostgreSQL, it is planned for the values it is given each time
     * it runs, never with a plan cached for any values: a load's statements take arrays of up to 100,000 keys, and a
     * generic plan made while the tables were small (the reference data's loads) scans a grown table comparing each
     * row with every key in turn, where a plan for the values hashes them (minutes against a second for 90,000 claims).
     */
    private PreparedStatement prepare(String sql) throws SQLException {
        PreparedStatement statement = connection.prepareStatement(sql);
        if (planEachTime && statement.isWrapperFor(PGStatement.class)) {
            statement.unwrap(PGStatement.class).setPrepareThreshold(0);
        }
        return statement;
    }

    public <T> List<T> list(String sql, RowMapper<T> mapper, Object... parameters) {
        List<T> rows = new ArrayList<>();
        each(sql, row -> rows.add(mapper.map(row)), parameters);
        return rows;
    }

    public <T> Optional<T> first(String sql, RowMapper<T> mapper, Object... parameters) {
        List<T> rows = list(sql, mapper, parameters);
        return rows.isEmpty() ? Optional.empty() : Optional.of(rows.get(0));
    }

    /** Hands the rows to {@code handler} one by one, fetching them in chunks rather than all at once. */
    public void each(String sql, RowHandler handler, Object... parameters) {
        run(
                sql,
                statement -> {
                    statement.setFetchSize(FETCH);
                    try (ResultSet row = statement.executeQuery()) {
                        while (row.next()) {
                            // a cancel that reaches the database between two fetches is lost there: stop here
                            deadline.check();
                            handler.handle(row);
                        }
                    }
                    return null;
                },
                parameters);
    }

    /** Takes the current row of a result. */
    @FunctionalInterface
    public interface RowHandler {
        void handle(ResultSet row) throws SQLException;
    }

    public int update(String sql, Object... parameters) {
        return run(sql, PreparedStatement::executeUpdate, parameters);
    }

    /** Runs one statement for each set of parameters, sent to the database in batches. */
    public void batch(String sql, Iterable<Object[]> rows) {
        if (!rows.iterator().hasNext()) {
            return;
        }
        statements.increment();
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            deadline.running(statement);
            try {
                int pending = 0;
                for (Object[] row : rows) {
                    for (int i = 0; i < row.length; i++) {
                        statement.setObject(i + 1, value(row[i]));
                    }
                    statement.addBatch();
                    if (++pending == BATCH) {
                        statement.executeBatch();
                        pending = 0;
                    }
                }
                if (pending > 0) {
                    statement.executeBatch();
                }
            } finally {
                deadline.finished(statement);
            }
        } catch (SQLException e) {
            deadline.check();
            throw new DataAccessException("A batch of statements failed", e);
        }
    }

    /** An array parameter of {@code values}, for {@code column = any(?)}; {@code type} is the SQL element type. */
    public Array array(String type, Collection<?> values) {
        try {
            return connection.createArrayOf(type, values.toArray());
        } catch (SQLException e) {
            throw new DataAccessException("Could not build an array parameter", e);
        }
    }

    private interface Work<T> {
        T apply(PreparedStatement statement) throws SQLException;
    }

    private <T> T run(String sql, Work<T> work, Object... parameters) {
        statements.increment();
        try (PreparedStatement statement = prepare(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, value(parameters[i]));
            }
            deadline.running(statement);
            try {
                return work.apply(statement);
            } finally {
                deadline.finished(statement);
            }
        } catch (SQLException e) {
            deadline.check();
            throw new DataAccessException("A statement failed", e);
        }
    }

    private static Object value(Object parameter) {
        return parameter instanceof Enum<?> constant ? constant.name() : parameter;
    }
}
