package io.costledger.taxonomy;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Positive;

/**
 * A category of cost, as the migrations define it (table {@code cost_category}): its id is its bit in a claim's
 * coverage masks, so it lies between 0 and 62.
 */
@Entity
@Table(name = "cost_category")
public class CostCategory extends PanacheEntityBase {

    @Id
    @Min(0)
    @Max(62)
    public Long id;

    @NotBlank
    @Column(nullable = false, unique = true)
    public String code;

    @NotBlank
    @Column(nullable = false)
    public String name;

    @NotBlank
    @Column(nullable = false)
    public String description;

    @Positive
    @Column(nullable = false, unique = true)
    public int position;
}
