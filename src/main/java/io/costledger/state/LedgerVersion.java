package io.costledger.state;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/**
 * A number that changes whenever the ledger's content does: every write raises it in the writing transaction, so two
 * reads of the same version saw the same ledger.
 */
@ApplicationScoped
public class LedgerVersion {

    static final String NAME = "ledger.version";

    @Inject
    EntityManager em;

    /** The version as committed now (one statement). */
    public long current() {
        Object content = em.createNativeQuery("select content from ledger_state where name = :name")
                .setParameter("name", NAME)
                .getSingleResult();
        return Long.parseLong((String) content);
    }

    /** Raises the version in the caller's transaction; concurrent writers take turns at their commit. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void raise() {
        em.createNativeQuery("update ledger_state set content = cast(cast(content as bigint) + 1 as varchar(2000)),"
                        + " updated_at = current_timestamp where name = :name")
                .setParameter("name", NAME)
                .executeUpdate();
    }
}
