package io.costledger.taxonomy;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import java.util.Set;

/** A scope a total can be asked for: the categories it adds up (tables {@code cost_scope}, {@code cost_scope_category}). */
@Entity
@Table(name = "cost_scope")
public class CostScope extends PanacheEntityBase {

    @Id
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

    @Column(nullable = false, unique = true)
    public int position;

    @ManyToMany
    @JoinTable(
            name = "cost_scope_category",
            joinColumns = @JoinColumn(name = "scope_id"),
            inverseJoinColumns = @JoinColumn(name = "category_id"))
    public Set<CostCategory> categories;
}
