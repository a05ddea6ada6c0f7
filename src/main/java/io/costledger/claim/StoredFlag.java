package io.costledger.claim;

import io.costledger.analysis.FlagCode;
import io.costledger.analysis.Severity;
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
import java.util.List;

/**
 * A flag of a claim, derived and never entered: rewritten whenever the claim or what it is compared with changes
 * (table {@code claim_flag}); the categories it names are a bit mask of category ids.
 */
@Entity
@Table(name = "claim_flag")
public class StoredFlag extends PanacheEntityBase {

    /** A claim's flag by its place among the claim's flags. */
    @Embeddable
    public record Id(
            @Column(name = "claim_id") long claimId,
            @Column(name = "position") int position) implements Serializable {}

    @EmbeddedId
    public Id id;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public FlagCode code;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Severity severity;

    @NotBlank
    @Column(nullable = false)
    public String message;

    @Column(name = "categories_mask", nullable = false)
    public long categoriesMask;

    /** The flags of a claim, in order. */
    public static List<StoredFlag> ofClaim(long claimId) {
        return list("id.claimId = ?1 order by id.position", claimId);
    }
}
