package io.costledger.security;

import io.smallrye.config.ConfigMapping;
import java.util.Optional;

/** Who may write to the ledger. */
@ConfigMapping(prefix = "ledger.researcher")
public interface ResearcherConfig {

    /**
     * The password of user {@code researcher} (env {@code LEDGER_RESEARCHER_PASSWORD}). Without one, every write is
     * refused: the ledger never falls back to open writes.
     */
    Optional<String> password();
}
