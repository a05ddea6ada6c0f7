package io.costledger.hardware;

import io.costledger.analysis.RateKind;
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
 * An hourly price of a GPU of some hardware, of a kind, from a day on, by a provider (table {@code hardware_rate}):
 * identified by those four, never by a key of its own.
 */
@Entity
@Table(name = "hardware_rate")
public class HardwareRate extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "hardware_rate_seq")
    @SequenceGenerator(name = "hardware_rate_seq", sequenceName = "hardware_rate_seq", allocationSize = 50)
    public Long id;

    @NotNull
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "hardware_id", nullable = false)
    public Hardware hardware;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public RateKind kind;

    @NotNull
    @Positive
    @Column(name = "usd_per_gpu_hour", nullable = false)
    public BigDecimal usdPerGpuHour;

    @NotNull
    @Column(name = "effective_on", nullable = false)
    public LocalDate effectiveOn;

    public String provider;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "source_id")
    public Source source;
}
