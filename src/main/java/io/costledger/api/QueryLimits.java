package io.costledger.api;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** How large a GraphQL query may be; a query over either limit is refused before it touches the database. */
@ConfigMapping(prefix = "ledger.graphql")
public interface QueryLimits {

    /** Deepest nesting of fields (the GraphQL UI's introspection query needs 13). */
    @WithDefault("20")
    int maxDepth();

    /**
     * Largest complexity: each field counts 1 plus its sub-fields, and the sub-fields of a page count once per row
     * it asks for ({@code first}, 50 by default).
     */
    @WithDefault("20000")
    int maxComplexity();

    /**
     * Install the service's graphql-java instrumentation (these limits, request metrics, error wording); SmallRye reads
     * this key to enable {@link GraphQLSetup}. Off only to diagnose.
     */
    @WithDefault("true")
    boolean instrumentation();
}
