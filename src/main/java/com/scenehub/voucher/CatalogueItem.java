package com.scenehub.voucher;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;

/** A service an agency offers for vouchers. */
@Entity
@Table(name = "voucher_catalogue_item")
class CatalogueItem {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @Column(name = "agency_id", nullable = false)
    private Long agencyId;

    @Column(name = "category_code", nullable = false, length = 32)
    private String categoryCode;

    @Column(nullable = false, length = 200)
    private String title;

    @Column(nullable = false, length = 2000)
    private String description;

    @Column(name = "list_price", nullable = false)
    private BigDecimal listPrice;

    @Column(name = "delivery_days", nullable = false)
    private int deliveryDays;

    @Column(nullable = false)
    private boolean active;

    @Column(name = "request_key", length = 80)
    private String requestKey;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected CatalogueItem() {
    }

    CatalogueItem(Long agencyId, CatalogueItemForm form, String requestKey, Instant now) {
        this.agencyId = agencyId;
        apply(form);
        this.active = true;
        this.requestKey = requestKey;
        this.createdAt = now;
    }

    void apply(CatalogueItemForm form) {
        this.categoryCode = form.categoryCode();
        this.title = form.title().trim();
        this.description = form.description().trim();
        this.listPrice = Money.of(form.listPrice());
        this.deliveryDays = form.deliveryDays();
    }

    void activate(boolean on) {
        this.active = on;
    }

    CatalogueItemSummary summary(String agencyName, boolean agencySuspended) {
        return new CatalogueItemSummary(id, agencyId, agencyName, categoryCode, title, description, listPrice,
                deliveryDays, active, agencySuspended);
    }

    Long getId() {
        return id;
    }

    Long getAgencyId() {
        return agencyId;
    }

    String getCategoryCode() {
        return categoryCode;
    }

    BigDecimal getListPrice() {
        return listPrice;
    }

    boolean isActive() {
        return active;
    }

    String getRequestKey() {
        return requestKey;
    }

    String getTitle() {
        return title;
    }
}
