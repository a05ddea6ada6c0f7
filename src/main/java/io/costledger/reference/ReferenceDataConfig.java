package io.costledger.reference;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.util.List;

/** The cited reference dataset shipped in {@code db/reference}. */
@ConfigMapping(prefix = "ledger.reference-data")
public interface ReferenceDataConfig {

    /** Load the reference bundles into a ledger that has not had them yet. */
    @WithDefault("true")
    boolean enabled();

    /**
     * The reference files, in the order they apply, as classpath resources. A correction of shipped data is a new file
     * at the end (a file already applied never applies again).
     */
    @WithDefault("db/reference/hardware.json,db/reference/deepseek.json,db/reference/frontier-models.json,"
            + "db/reference/open-models.json,db/reference/correction-ibm-title.json,db/reference/peak-sources.json,"
            + "db/reference/fill-hardware-peaks.json")
    List<String> bundles();
}
