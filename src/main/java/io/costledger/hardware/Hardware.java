package io.costledger.hardware;

import io.costledger.analysis.HardwareKind;
import io.costledger.source.Source;
import io.quarkus.hibernate.orm.panache.PanacheEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Positive;
import java.math.BigDecimal;
import java.util.Optional;

/** An accelerator, with its peak throughput where a source states it, as stored (table {@code hardware}). */
@Entity
@Table(name = "hardware")
public class Hardware extends PanacheEntity {

    @NotBlank
    @Column(name = "key", nullable = false, unique = true)
    public String key;

    @NotBlank
    @Column(nullable = false)
    public String name;

    public String vendor;

    @Positive
    @Column(name = "peak_flops_per_second")
    public BigDecimal peakFlopsPerSecond;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "peak_flops_source_id")
    public Source peakFlopsSource;

    /** GPU or TPU, for the amortized method; null when unknown. */
    @Enumerated(EnumType.STRING)
    @Column(length = 3)
    public HardwareKind kind;

    @Positive
    @Column(name = "tdp_watts")
    public BigDecimal tdpWatts;

    /** As stated; null takes the default (1.56 for a TPU, else 1.8) when read. */
    @Positive
    @Column(name = "server_power_factor")
    public BigDecimal serverPowerFactor;

    /** As stated; null takes the default (1.64) when read. */
    @Positive
    @Column(name = "server_cost_factor")
    public BigDecimal serverCostFactor;

    public static Optional<Hardware> byKey(String key) {
        return find("key", key).firstResultOptional();
    }
}
