package io.costledger.organization;

import io.quarkus.hibernate.orm.panache.PanacheEntity;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** A company or lab that builds models and makes claims. */
@Entity
@Table(name = "organization")
public class Organization extends PanacheEntity {

    public String key;
    public String name;
    public String country;
}
