package io.costledger.taxonomy;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A cost category: a reference row created by a migration, never by the API. */
@Entity
@Table(name = "cost_category")
public class CostCategory extends PanacheEntityBase {

    @Id
    public Long id;

    public String code;
    public String name;
    public String description;
    public int position;
}
