package io.costledger.source;

import io.costledger.analysis.SourceKind;
import io.quarkus.hibernate.orm.panache.PanacheEntity;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.LocalDate;

/** A publication that states cost figures: a report, a statement, an estimate, an article. */
@Entity
@Table(name = "source")
public class Source extends PanacheEntity {

    public String key;
    public String title;
    public String url;
    public String publisher;
    public LocalDate publishedOn;

    @Enumerated(EnumType.STRING)
    public SourceKind kind;
}
