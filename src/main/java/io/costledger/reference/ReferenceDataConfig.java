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
            + "db/reference/fill-hardware-peaks.json,db/reference/more-1-hardware.json,db/reference/more-2-meta.json,"
            + "db/reference/more-3-openai.json,db/reference/more-4-google.json,db/reference/more-5-ai-index.json,"
            + "db/reference/more-6-open-2022-2023.json,db/reference/more-7-open-2024.json,"
            + "db/reference/more-8-china-xai.json,db/reference/more-9-replications.json,"
            + "db/reference/method-1-amortized.json,db/reference/correction-part3-dates.json,"
            + "db/reference/correction-part3-claims.json")
    List<String> bundles();
}
