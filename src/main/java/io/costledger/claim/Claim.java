package io.costledger.claim;

import io.costledger.analysis.QuoteCheck;
import io.costledger.hardware.Hardware;
import io.costledger.model.Model;
import io.costledger.organization.Organization;
import io.costledger.source.Source;
import io.costledger.taxonomy.CostScope;
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
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;

/**
 * One figure one source states about a model (or an organization), with what it covers, as stored (table
 * {@code claim}): the categories it includes and excludes are bit masks of category ids, the flags derived from it
 * are {@link StoredFlag}s.
 */
@Entity
@Table(name = "claim")
public class Claim extends PanacheEntity {

    @NotBlank
    @Column(name = "key", nullable = false, unique = true)
    public String key;

    @NotNull
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "source_id", nullable = false)
    public Source source;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "model_id")
    public Model model;

    @NotNull
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "organization_id", nullable = false)
    public Organization organization;

    @NotBlank
    @Column(nullable = false)
    public String quote;

    public String locator;

    public String notes;

    /** YYYY, YYYY-MM or YYYY-MM-DD, as precise as the claim states it. */
    @Column(length = 10)
    public String stated;

    /** The rule day of {@link #stated}. */
    @Column(name = "stated_on")
    public LocalDate statedOn;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(name = "quote_check", nullable = false, length = 16)
    public QuoteCheck quoteCheck = QuoteCheck.UNCHECKED;

    @Column(name = "capital_expense", nullable = false)
    public boolean capitalExpense;

    @PositiveOrZero
    @Column(name = "amount_low_usd")
    public BigDecimal amountLowUsd;

    @PositiveOrZero
    @Column(name = "amount_high_usd")
    public BigDecimal amountHighUsd;

    @Positive
    @Column(name = "gpu_hours")
    public BigDecimal gpuHours;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "hardware_id")
    public Hardware hardware;

    @Positive
    @Column(name = "rate_usd_per_gpu_hour")
    public BigDecimal rateUsdPerGpuHour;

    @Column(name = "rate_assumed", nullable = false)
    public boolean rateAssumed;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "presented_scope_id")
    public CostScope presentedScope;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "cites_id")
    public Claim cites;

    /** The categories the claim includes: bit {@code id} of each category. */
    @Column(name = "included_mask", nullable = false)
    public long includedMask;

    /** The categories the source says the figure leaves out. */
    @Column(name = "excluded_mask", nullable = false)
    public long excludedMask;

    @Positive
    @Column(name = "chip_count")
    public Integer chipCount;

    @Positive
    @Column(name = "duration_hours")
    public BigDecimal durationHours;

    @Positive
    @Column(name = "training_compute_flop")
    public BigDecimal trainingComputeFlop;

    public static Optional<Claim> byKey(String key) {
        return find("key", key).firstResultOptional();
    }
}
