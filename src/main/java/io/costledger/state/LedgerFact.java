package io.costledger.state;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDateTime;

/** A small fact about the ledger itself, by name (table {@code ledger_state}): its version, its flag rules. */
@Entity
@Table(name = "ledger_state")
public class LedgerFact extends PanacheEntityBase {

    @Id
    public String name;

    @NotNull
    @Column(nullable = false)
    public String content;

    @NotNull
    @Column(name = "updated_at", nullable = false)
    public LocalDateTime updatedAt;
}
