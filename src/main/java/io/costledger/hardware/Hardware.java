package io.costledger.hardware;

import io.quarkus.hibernate.orm.panache.PanacheEntity;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** An accelerator that GPU-hours are counted on. */
@Entity
@Table(name = "hardware")
public class Hardware extends PanacheEntity {

    public String key;
    public String name;
    public String vendor;
}
