package io.costledger.history;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.io.Serializable;

/**
 * One change a load made to one item (table {@code ledger_revision}): the item as the export writes it after the
 * change (none for a retraction), and the changed fields, each as a bundle writes it (JSON text).
 */
@Entity
@Table(name = "ledger_revision")
public class Revision extends PanacheEntityBase {

    /** A change by its load and its place in the load. */
    @Embeddable
    public record Id(
            @Column(name = "load_number") int loadNumber,
            @Column(name = "position") int position) implements Serializable {}

    @EmbeddedId
    public Id id;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ItemKind kind;

    @NotBlank
    @Column(name = "item_key", nullable = false)
    public String itemKey;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ChangeKind change;

    /** The item after the change, as JSON; null for a retraction. */
    public String item;

    /** The changed fields: a JSON array of {field, before, after}. */
    @NotNull
    @Column(nullable = false)
    public String fields;

    public String reason;
}
