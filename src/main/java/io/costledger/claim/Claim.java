package io.costledger.claim;

import io.costledger.analysis.Coverage;
import io.costledger.hardware.Hardware;
import io.costledger.model.Model;
import io.costledger.organization.Organization;
import io.costledger.source.Source;
import io.costledger.taxonomy.CostCategory;
import io.costledger.taxonomy.CostScope;
import io.quarkus.hibernate.orm.panache.PanacheEntity;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MapKeyJoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** One figure stated by one source, with what it covers and what it repeats. */
@Entity
@Table(name = "claim")
public class Claim extends PanacheEntity {

    public String key;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    public Source source;

    @ManyToOne(fetch = FetchType.LAZY)
    public Model model;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    public Organization organization;

    public String quote;
    public String locator;
    public String notes;
    public LocalDate statedOn;
    public BigDecimal amountLowUsd;
    public BigDecimal amountHighUsd;
    public BigDecimal gpuHours;

    @ManyToOne(fetch = FetchType.LAZY)
    public Hardware hardware;

    public BigDecimal rateUsdPerGpuHour;
    public boolean rateAssumed;

    @ManyToOne(fetch = FetchType.LAZY)
    public CostScope presentedScope;

    @ManyToOne(fetch = FetchType.LAZY)
    public Claim cites;

    /** The stated categories only: a category that is not a key here is UNSTATED. */
    @ElementCollection
    @CollectionTable(name = "claim_coverage", joinColumns = @JoinColumn(name = "claim_id"))
    @MapKeyJoinColumn(name = "category_id")
    @Column(name = "coverage")
    @Enumerated(EnumType.STRING)
    public Map<CostCategory, Coverage> coverage = new HashMap<>();

    /** Derived by {@link io.costledger.analysis.ClaimFlagger}; rewritten whenever what they depend on changes. */
    @ElementCollection
    @CollectionTable(name = "claim_flag", joinColumns = @JoinColumn(name = "claim_id"))
    @OrderColumn(name = "position")
    public List<StoredFlag> flags = new ArrayList<>();
}
