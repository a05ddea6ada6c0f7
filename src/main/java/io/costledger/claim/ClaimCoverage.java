package io.costledger.claim;

import io.costledger.analysis.Coverage;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotNull;
import java.io.Serializable;

/**
 * What a claim says of one category, INCLUDED or EXCLUDED (table {@code claim_coverage}): the rows the filters and the
 * history read; every write keeps them equal to the claim's masks ({@link Claim#includedMask}).
 */
@Entity
@Table(name = "claim_coverage")
public class ClaimCoverage extends PanacheEntityBase {

    /** A claim's statement about one category. */
    @Embeddable
    public record Id(
            @Column(name = "claim_id") long claimId,
            @Column(name = "category_id") long categoryId) implements Serializable {}

    @EmbeddedId
    public Id id;

    /** INCLUDED or EXCLUDED; a category the claim says nothing of has no row (UNSTATED is never stored). */
    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Coverage coverage;

    /** The row saying {@code coverage} (INCLUDED or EXCLUDED) of category {@code categoryId} for claim {@code claimId}. */
    public static ClaimCoverage of(long claimId, long categoryId, String coverage) {
        ClaimCoverage row = new ClaimCoverage();
        row.id = new Id(claimId, categoryId);
        row.coverage = Coverage.valueOf(coverage);
        return row;
    }
}
