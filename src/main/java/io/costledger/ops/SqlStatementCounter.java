package io.costledger.ops;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.hibernate.orm.PersistenceUnitExtension;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.hibernate.resource.jdbc.spi.StatementInspector;

/**
 * Counts every SQL statement Hibernate sends, as the Prometheus counter {@code ledger_sql_statements_total}: with
 * {@code ledger_graphql_requests_seconds_count} it gives the statements per request that the benchmark reports.
 */
@PersistenceUnitExtension
@ApplicationScoped
public class SqlStatementCounter implements StatementInspector {

    private final Counter statements;

    @Inject
    public SqlStatementCounter(MeterRegistry registry) {
        statements = Counter.builder("ledger.sql.statements")
                .description("SQL statements sent through Hibernate")
                .register(registry);
    }

    @Override
    public String inspect(String sql) {
        statements.increment();
        return sql;
    }
}
