package io.costledger.source;

import io.costledger.analysis.SourceKind;
import io.quarkus.hibernate.orm.panache.PanacheEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.Optional;

/** A document that states figures, as stored (table {@code source}). */
@Entity
@Table(name = "source")
public class Source extends PanacheEntity {

    @NotBlank
    @Column(name = "key", nullable = false, unique = true)
    public String key;

    @NotBlank
    @Column(nullable = false)
    public String title;

    public String url;

    public String publisher;

    @Column(name = "published_on")
    public LocalDate publishedOn;

    /** YYYY, YYYY-MM or YYYY-MM-DD, as precise as the source states it; publishedOn keeps its rule day. */
    @Column(length = 10)
    public String published;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public SourceKind kind;

    public static Optional<Source> byKey(String key) {
        return find("key", key).firstResultOptional();
    }

    /** The source as the API answers it. */
    public SourceView view() {
        return SourceView.of(id, key, title, url, publisher, published, kind);
    }
}
