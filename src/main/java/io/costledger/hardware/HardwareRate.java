package io.costledger.hardware;

import io.costledger.analysis.RateKind;
import io.costledger.source.Source;
import io.quarkus.hibernate.orm.panache.PanacheEntity;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;

/** The price of one hour of a piece of hardware, of one kind, from a date on. */
@Entity
@Table(name = "hardware_rate")
public class HardwareRate extends PanacheEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    public Hardware hardware;

    @Enumerated(EnumType.STRING)
    public RateKind kind;

    public BigDecimal usdPerGpuHour;
    public LocalDate effectiveOn;
    public String provider;

    @ManyToOne(fetch = FetchType.LAZY)
    public Source source;
}
