package io.costledger.hardware;

import io.costledger.source.Source;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import java.math.BigDecimal;

/** The electricity price of one year, USD per kWh (table {@code electricity_price}), named by its year. */
@Entity
@Table(name = "electricity_price")
public class ElectricityPrice extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "electricity_price_seq")
    @SequenceGenerator(name = "electricity_price_seq", sequenceName = "electricity_price_seq", allocationSize = 50)
    public Long id;

    @Min(1)
    @Max(9999)
    @Column(name = "price_year", nullable = false, unique = true)
    public int year;

    @NotNull
    @Positive
    @Column(name = "usd_per_kwh", nullable = false)
    public BigDecimal usdPerKwh;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "source_id")
    public Source source;
}
