package io.costledger;

/** In-memory H2 databases for test profiles that need a ledger of their own. */
public final class H2 {

    private H2() {}

    /** The JDBC URL of a private in-memory database, with the settings of application.properties. */
    public static String url(String name) {
        return "jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
                + "DEFAULT_NULL_ORDERING=HIGH;NON_KEYWORDS=KEY,VALUE";
    }

    /** Test profile settings for a ledger of its own that starts without the reference dataset. */
    public static java.util.Map<String, String> emptyLedger(String name) {
        return java.util.Map.of(
                "ledger.reference-data.enabled", "false", "%test.quarkus.datasource.jdbc.url", url(name));
    }
}
