package io.costledger.history;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import java.time.OffsetDateTime;

/** A committed load: who loaded it, when, and how many items it changed (table {@code ledger_load}). */
@Entity
@Table(name = "ledger_load")
public class Load extends PanacheEntityBase {

    /** Loads are numbered in commit order, from 1. */
    @Id
    @Positive
    public Integer number;

    @NotNull
    @Column(name = "loaded_at", nullable = false)
    public OffsetDateTime loadedAt;

    @NotBlank
    @Column(name = "loaded_by", nullable = false)
    public String loadedBy;

    @PositiveOrZero
    @Column(nullable = false)
    public int created;

    @PositiveOrZero
    @Column(nullable = false)
    public int updated;

    @PositiveOrZero
    @Column(nullable = false)
    public int unchanged;

    @PositiveOrZero
    @Column(nullable = false)
    public int retracted;
}
