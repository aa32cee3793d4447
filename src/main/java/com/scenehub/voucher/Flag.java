package com.scenehub.voucher;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** An integrity flag on an order: shown to managers with its reason, never blocking. */
@Entity
@Table(name = "voucher_flag")
class Flag {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private FlagKind kind;

    @Column(name = "order_id", nullable = false)
    private Long orderId;

    @Column(name = "enterprise_id", nullable = false)
    private Long enterpriseId;

    @Column(name = "agency_id", nullable = false)
    private Long agencyId;

    /** The figures behind the flag, as MessageFormat arguments separated by '|'. */
    @Column(nullable = false, length = 200)
    private String detail;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected Flag() {
    }

    Flag(FlagKind kind, VoucherOrder order, String detail, Instant now) {
        this.kind = kind;
        this.orderId = order.getId();
        this.enterpriseId = order.getEnterpriseId();
        this.agencyId = order.getAgencyId();
        this.detail = detail;
        this.createdAt = now;
    }

    FlagView view(String enterpriseName, String agencyName) {
        return new FlagView(id, kind, orderId, enterpriseId, enterpriseName, agencyId, agencyName,
                java.util.List.of(detail.split("\\|")), createdAt);
    }

    Long getOrderId() {
        return orderId;
    }

    Long getEnterpriseId() {
        return enterpriseId;
    }

    Long getAgencyId() {
        return agencyId;
    }
}
