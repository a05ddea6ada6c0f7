package io.costledger.limits;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

/**
 * How much one request may ask of the service. Every limit is decided before the database is touched, except the
 * time limits, which cancel the work when they pass. The README lists them with what a client sees at each.
 */
@ConfigMapping(prefix = "ledger.limits")
public interface Limits {

    /** Deepest nesting of fields (the GraphQL UI's introspection query needs 13). */
    @WithDefault("20")
    int maxDepth();

    /**
     * Largest query cost: every field costs 1, and the fields under a list cost once per element the list may hold
     * (a page's {@code first}, or the maximum of an unpaged list, {@link #listMaximum()}).
     */
    @WithDefault("250000")
    long maxCost();

    /**
     * How many computed fields ({@code scopedTotal}, {@code costAt}, ...) one query may select, aliases counted one
     * by one: each is computed for every parent it appears under.
     */
    @WithDefault("24")
    int maxComputedFields();

    /** Largest answer, in bytes of JSON. */
    @WithDefault("8388608")
    int maxResponseBytes();

    /**
     * How many queries compute at once (a cached answer needs no turn); the others wait, within their time limit.
     * Unset: the processors the JVM sees, at least 2.
     */
    Optional<Integer> concurrentQueries();

    /** How long a query may run before it is cancelled. */
    @WithDefault("10s")
    Duration queryTimeout();

    /** How long a load (a mutation or {@code POST /bundles}) may run. */
    @WithDefault("120s")
    Duration loadTimeout();

    /** How long a download (the export) may take. */
    @WithDefault("300s")
    Duration downloadTimeout();

    /** How many downloads (the CSVs, the export) stream at once; past them, 503 {@code SERVICE_BUSY}. */
    @WithDefault("2")
    int concurrentDownloads();

    /** How long one write of a download may wait for its client to read before the download is ended. */
    @WithDefault("10s")
    Duration downloadStall();

    /**
     * The most elements each unpaged list field may hold, by {@code Type.field}; the query cost counts a list at its
     * maximum, and a list that turns out longer is an error, never cut short. Lists of a type not named here hold at
     * most {@link #defaultListMaximum()}.
     */
    Map<String, Integer> listMaximum();

    @WithDefault("100")
    int defaultListMaximum();
}
