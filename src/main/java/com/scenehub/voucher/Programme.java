package com.scenehub.voucher;

import com.scenehub.shared.domain.BusinessRuleException;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/** A yearly voucher programme (年度创新券计划) and its rules. */
@Entity
@Table(name = "voucher_programme")
class Programme {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @Column(name = "programme_year", nullable = false)
    private int year;

    @Column(nullable = false, length = 200)
    private String name;

    @Column(name = "total_budget", nullable = false)
    private BigDecimal totalBudget;

    @Column(name = "enterprise_cap", nullable = false)
    private BigDecimal enterpriseCap;

    @Column(name = "face_values", nullable = false, length = 200)
    private String faceValues;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "voucher_programme_category", joinColumns = @JoinColumn(name = "programme_id"))
    @MapKeyColumn(name = "category_code")
    @Column(name = "coverage")
    private Map<String, BigDecimal> coverage = new TreeMap<>();

    @Column(name = "claim_opens", nullable = false)
    private LocalDate claimOpens;

    @Column(name = "claim_closes", nullable = false)
    private LocalDate claimCloses;

    @Column(name = "use_deadline", nullable = false)
    private LocalDate useDeadline;

    @Column(name = "redemption_deadline", nullable = false)
    private LocalDate redemptionDeadline;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private ProgrammeStatus status;

    @Column(name = "request_key", length = 80)
    private String requestKey;

    @Column(name = "created_by", nullable = false, length = 64)
    private String createdBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected Programme() {
    }

    Programme(ProgrammeForm form, String requestKey, String createdBy, Instant now) {
        apply(form);
        this.status = ProgrammeStatus.DRAFT;
        this.requestKey = requestKey;
        this.createdBy = createdBy;
        this.createdAt = now;
    }

    void apply(ProgrammeForm form) {
        this.year = form.year();
        this.name = form.name().trim();
        this.totalBudget = Money.of(form.totalBudget());
        this.enterpriseCap = Money.of(form.enterpriseCap());
        this.faceValues = form.faceValues().stream().map(Money::of).sorted().map(BigDecimal::toPlainString)
                .collect(Collectors.joining(","));
        this.coverage.clear();
        form.coverage().forEach((k, v) -> this.coverage.put(k, v.setScale(4, java.math.RoundingMode.HALF_UP)));
        this.claimOpens = form.claimOpens();
        this.claimCloses = form.claimCloses();
        this.useDeadline = form.useDeadline();
        this.redemptionDeadline = form.redemptionDeadline();
    }

    void open() {
        if (status != ProgrammeStatus.DRAFT) {
            throw new BusinessRuleException("error.voucher.programme-not-draft");
        }
        status = ProgrammeStatus.OPEN;
    }

    void close() {
        if (status == ProgrammeStatus.CLOSED) {
            throw new BusinessRuleException("error.voucher.programme-closed");
        }
        status = ProgrammeStatus.CLOSED;
    }

    List<BigDecimal> faceValueList() {
        return Arrays.stream(faceValues.split(",")).map(BigDecimal::new).map(Money::of).toList();
    }

    boolean claimWindowContains(LocalDate day) {
        return !day.isBefore(claimOpens) && !day.isAfter(claimCloses);
    }

    ProgrammeSummary summary(BigDecimal available) {
        // Sorted by category code, so that every page lists the categories in the same order.
        return new ProgrammeSummary(id, year, name, totalBudget, enterpriseCap, faceValueList(),
                java.util.Collections.unmodifiableMap(new TreeMap<>(coverage)), claimOpens, claimCloses, useDeadline,
                redemptionDeadline, status, available);
    }

    Long getId() {
        return id;
    }

    int getYear() {
        return year;
    }

    long getVersion() {
        return version;
    }

    String getName() {
        return name;
    }

    BigDecimal getTotalBudget() {
        return totalBudget;
    }

    BigDecimal getEnterpriseCap() {
        return enterpriseCap;
    }

    Map<String, BigDecimal> getCoverage() {
        return coverage;
    }

    LocalDate getClaimOpens() {
        return claimOpens;
    }

    LocalDate getClaimCloses() {
        return claimCloses;
    }

    LocalDate getUseDeadline() {
        return useDeadline;
    }

    LocalDate getRedemptionDeadline() {
        return redemptionDeadline;
    }

    ProgrammeStatus getStatus() {
        return status;
    }

    String getRequestKey() {
        return requestKey;
    }
}
