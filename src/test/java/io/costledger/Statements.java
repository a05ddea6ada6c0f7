package io.costledger;

import io.micrometer.core.instrument.MeterRegistry;

/** Counts the SQL statements the service sends, from its own counter {@code ledger_sql_statements_total}. */
public final class Statements {

    private Statements() {}

    /** How many statements {@code request} makes the service send. */
    public static long during(MeterRegistry registry, Runnable request) {
        double before = count(registry);
        request.run();
        return Math.round(count(registry) - before);
    }

    private static double count(MeterRegistry registry) {
        return registry.get("ledger.sql.statements").counter().count();
    }
}
