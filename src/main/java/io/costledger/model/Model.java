package io.costledger.model;

import io.costledger.organization.Organization;
import io.quarkus.hibernate.orm.panache.PanacheEntity;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDate;

/** A released AI model, possibly trained from a base model. */
@Entity
@Table(name = "model")
public class Model extends PanacheEntity {

    public String key;
    public String name;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    public Organization organization;

    public LocalDate releasedOn;

    @ManyToOne(fetch = FetchType.LAZY)
    public Model baseModel;
}
