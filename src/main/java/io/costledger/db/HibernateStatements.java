package io.costledger.db;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.hibernate.orm.PersistenceUnitExtension;
import jakarta.enterprise.context.ApplicationScoped;
import org.hibernate.resource.jdbc.spi.StatementInspector;

/**
 * Counts the statements Hibernate prepares (the writes of a load, reads of one item) in
 * {@code ledger_sql_statements_total}, beside those {@link Sql} sends: a batch counts once, as in {@link Sql#batch}.
 */
@PersistenceUnitExtension
@ApplicationScoped
public class HibernateStatements implements StatementInspector {

    private final Counter statements;

    HibernateStatements(MeterRegistry registry) {
        this.statements = Database.statements(registry);
    }

    @Override
    public String inspect(String sql) {
        statements.increment();
        return sql;
    }
}
