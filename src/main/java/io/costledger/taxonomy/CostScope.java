package io.costledger.taxonomy;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.Table;
import java.util.HashSet;
import java.util.Set;

/** A named set of cost categories: a reference row created by a migration, never by the API. */
@Entity
@Table(name = "cost_scope")
public class CostScope extends PanacheEntityBase {

    @Id
    public Long id;

    public String code;
    public String name;
    public String description;
    public int position;

    @ManyToMany
    @JoinTable(
            name = "cost_scope_category",
            joinColumns = @JoinColumn(name = "scope_id"),
            inverseJoinColumns = @JoinColumn(name = "category_id"))
    public Set<CostCategory> categories = new HashSet<>();
}
