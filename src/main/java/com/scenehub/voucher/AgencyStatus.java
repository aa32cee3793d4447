package com.scenehub.voucher;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** Whether a manager has suspended an agency from taking new voucher orders. */
@Entity
@Table(name = "voucher_agency_status")
class AgencyStatus {

    @Id
    @Column(name = "agency_id")
    private Long agencyId;

    @Column(nullable = false)
    private boolean suspended;

    @Column(length = 1000)
    private String reason;

    @Column(name = "changed_by", nullable = false, length = 64)
    private String changedBy;

    @Column(name = "changed_at", nullable = false)
    private Instant changedAt;

    protected AgencyStatus() {
    }

    AgencyStatus(Long agencyId) {
        this.agencyId = agencyId;
    }

    void set(boolean suspended, String reason, String by, Instant at) {
        this.suspended = suspended;
        this.reason = reason;
        this.changedBy = by;
        this.changedAt = at;
    }

    boolean isSuspended() {
        return suspended;
    }

    String getReason() {
        return reason;
    }
}
