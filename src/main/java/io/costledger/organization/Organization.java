package io.costledger.organization;

import io.quarkus.hibernate.orm.panache.PanacheEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import java.util.Optional;

/** An organization that trains models or publishes about them, as stored (table {@code organization}). */
@Entity
@Table(name = "organization")
public class Organization extends PanacheEntity {

    @NotBlank
    @Column(name = "key", nullable = false, unique = true)
    public String key;

    @NotBlank
    @Column(nullable = false)
    public String name;

    public String country;

    @Column(nullable = false)
    public boolean hyperscale;

    public static Optional<Organization> byKey(String key) {
        return find("key", key).firstResultOptional();
    }

    /** The organization as the API answers it. */
    public OrganizationView view() {
        return new OrganizationView(id, key, name, country, hyperscale);
    }
}
