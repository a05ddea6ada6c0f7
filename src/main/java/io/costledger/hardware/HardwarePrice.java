package io.costledger.hardware;

import io.costledger.analysis.PriceBasis;
import io.costledger.source.Source;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A purchase price of one chip of some hardware, on a day, as a server's share or the chip alone (table
 * {@code hardware_price}): identified by those four, never by a key of its own.
 */
@Entity
@Table(name = "hardware_price")
public class HardwarePrice extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "hardware_price_seq")
    @SequenceGenerator(name = "hardware_price_seq", sequenceName = "hardware_price_seq", allocationSize = 50)
    public Long id;

    @NotNull
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "hardware_id", nullable = false)
    public Hardware hardware;

    @NotNull
    @Positive
    @Column(name = "usd_per_chip", nullable = false)
    public BigDecimal usdPerChip;

    @NotNull
    @Column(name = "priced_on", nullable = false)
    public LocalDate pricedOn;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    public PriceBasis basis;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "source_id")
    public Source source;

    public String note;
}
