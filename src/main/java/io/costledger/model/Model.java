package io.costledger.model;

import io.costledger.organization.Organization;
import io.quarkus.hibernate.orm.panache.PanacheEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.Optional;

/** A model, its organization and the model it was trained from, as stored (table {@code model}). */
@Entity
@Table(name = "model")
public class Model extends PanacheEntity {

    @NotBlank
    @Column(name = "key", nullable = false, unique = true)
    public String key;

    @NotBlank
    @Column(nullable = false)
    public String name;

    @NotNull
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "organization_id", nullable = false)
    public Organization organization;

    /** YYYY, YYYY-MM or YYYY-MM-DD, as precise as its source states it. */
    @Column(length = 10)
    public String released;

    /** The rule day of {@link #released}: the day every rule, filter and order uses. */
    @Column(name = "released_on")
    public LocalDate releasedOn;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "base_model_id")
    public Model baseModel;

    public static Optional<Model> byKey(String key) {
        return find("key", key).firstResultOptional();
    }

    /** The model as the API answers it (the base model by its id, which reading does not load). */
    public ModelView view() {
        return ModelView.of(id, key, name, organization.view(), released, baseModel == null ? null : baseModel.id);
    }
}
