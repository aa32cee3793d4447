package com.scenehub.voucher;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * Face value issued to one enterprise in one programme year, over all programmes of that year. The
 * yearly cap of a related group is checked with the rows of every member locked, so two claims that
 * share a member (in any programme of the year) are serialised and the cap holds under concurrency.
 */
@Entity
@Table(name = "voucher_cap_usage")
@IdClass(CapUsage.Key.class)
class CapUsage {

    @Id
    @Column(name = "enterprise_id")
    private Long enterpriseId;

    @Id
    @Column(name = "programme_year")
    private int year;

    @Column(nullable = false)
    private BigDecimal issued;

    protected CapUsage() {
    }

    CapUsage(Long enterpriseId, int year) {
        this.enterpriseId = enterpriseId;
        this.year = year;
        this.issued = Money.ZERO;
    }

    void add(BigDecimal amount) {
        issued = issued.add(amount);
    }

    Long getEnterpriseId() {
        return enterpriseId;
    }

    int getYear() {
        return year;
    }

    BigDecimal getIssued() {
        return issued;
    }

    static final class Key implements Serializable {
        private Long enterpriseId;
        private int year;

        protected Key() {
        }

        Key(Long enterpriseId, int year) {
            this.enterpriseId = enterpriseId;
            this.year = year;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && k.year == year && Objects.equals(k.enterpriseId, enterpriseId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(enterpriseId, year);
        }
    }
}
