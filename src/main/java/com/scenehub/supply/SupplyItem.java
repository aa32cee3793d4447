package com.scenehub.supply;

import com.scenehub.shared.domain.BusinessRuleException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;

/** A provider's product, solution or capability. */
@Entity
@Table(name = "supply_item")
class SupplyItem {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @Column(name = "provider_organisation_id", nullable = false)
    private Long providerOrganisationId;

    @Column(name = "created_by")
    private Long createdBy;

    @Column(name = "call_id")
    private Long callId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private SupplyItemKind kind;

    @Column(nullable = false, length = 200)
    private String name;

    @Column(nullable = false, length = 4000)
    private String description;

    @Column(name = "scene_fields", nullable = false, length = 400)
    private String sceneFields;

    @Column(name = "industry_fields", length = 400)
    private String industryFields;

    @Column(nullable = false)
    private int trl;

    @Column(name = "price_min", precision = 14, scale = 2)
    private BigDecimal priceMin;

    @Column(name = "price_max", precision = 14, scale = 2)
    private BigDecimal priceMax;

    @Column(name = "reference_cases", length = 4000)
    private String referenceCases;

    @Column(length = 2000)
    private String certifications;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private SupplyItemStatus status;

    @Column(name = "review_note", length = 2000)
    private String reviewNote;

    @Column(name = "submitted_at")
    private Instant submittedAt;

    @Column(name = "listed_at")
    private Instant listedAt;

    private boolean demo;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected SupplyItem() {
    }

    SupplyItem(Long providerOrganisationId, Long createdBy, SupplyItemForm form, boolean demo, Instant now) {
        this.providerOrganisationId = providerOrganisationId;
        this.createdBy = createdBy;
        this.status = SupplyItemStatus.DRAFT;
        this.demo = demo;
        this.createdAt = now;
        apply(form, now);
    }

    void edit(SupplyItemForm form, Instant now) {
        if (!status.editable()) {
            throw new BusinessRuleException("error.supply.not-editable");
        }
        apply(form, now);
    }

    private void apply(SupplyItemForm f, Instant now) {
        SupplyRules.check(f);
        kind = f.getKind();
        callId = f.getCallId();
        name = f.getName().trim();
        description = f.getDescription().trim();
        sceneFields = join(f.getSceneFields());
        industryFields = f.getIndustryFields().isEmpty() ? null : join(f.getIndustryFields());
        trl = f.getTrl();
        priceMin = f.getPriceMin();
        priceMax = f.getPriceMax();
        referenceCases = trim(f.getReferenceCases());
        certifications = trim(f.getCertifications());
        updatedAt = now;
    }

    SupplyItemStatus submit(Instant now) {
        require(status.editable(), SupplyItemStatus.SUBMITTED);
        return move(SupplyItemStatus.SUBMITTED, null, now);
    }

    SupplyItemStatus list(Instant now) {
        require(status == SupplyItemStatus.SUBMITTED, SupplyItemStatus.LISTED);
        SupplyItemStatus from = move(SupplyItemStatus.LISTED, null, now);
        listedAt = now;
        return from;
    }

    SupplyItemStatus review(SupplyItemStatus to, String reason, Instant now) {
        require(status == SupplyItemStatus.SUBMITTED, to);
        requireReason(reason);
        return move(to, reason, now);
    }

    SupplyItemStatus delist(String reason, Instant now) {
        require(status == SupplyItemStatus.LISTED, SupplyItemStatus.DELISTED);
        requireReason(reason);
        return move(SupplyItemStatus.DELISTED, reason, now);
    }

    private SupplyItemStatus move(SupplyItemStatus to, String reason, Instant now) {
        SupplyItemStatus from = status;
        status = to;
        reviewNote = trim(reason);
        if (to == SupplyItemStatus.SUBMITTED) {
            submittedAt = now;
        }
        updatedAt = now;
        return from;
    }

    private void require(boolean allowed, SupplyItemStatus to) {
        if (!allowed) {
            throw new BusinessRuleException("error.supply.transition", status.name(), to.name());
        }
    }

    private static void requireReason(String reason) {
        if (reason == null || reason.isBlank()) {
            throw new BusinessRuleException("error.reason-required");
        }
        SupplyRules.length(reason, 2000);
    }

    private static String join(Collection<String> codes) {
        return String.join(",", codes);
    }

    private static List<String> split(String codes) {
        return codes == null || codes.isBlank() ? List.of() : Arrays.stream(codes.split(",")).toList();
    }

    private static String trim(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    Long getId() {
        return id;
    }

    Long getProviderOrganisationId() {
        return providerOrganisationId;
    }

    SupplyItemStatus getStatus() {
        return status;
    }

    String getName() {
        return name;
    }

    SupplyItemSummary summary() {
        return new SupplyItemSummary(id, providerOrganisationId, name, description, split(sceneFields),
                split(industryFields), trl, priceMin, priceMax, referenceCases, certifications, status, listedAt, kind,
                callId, reviewNote, submittedAt, demo, updatedAt);
    }
}
