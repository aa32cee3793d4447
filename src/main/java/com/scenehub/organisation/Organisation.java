package com.scenehub.organisation;

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
import java.time.Instant;
import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.hibernate.envers.Audited;

/** A registered organisation. Its history is kept by Envers. */
@Entity
@Table(name = "organisation")
@Audited
class Organisation {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @Column(nullable = false, length = 200)
    private String name;

    @Column(name = "credit_code", nullable = false, length = 18)
    private String creditCode;

    @Column(name = "legal_representative", length = 100)
    private String legalRepresentative;

    @Column(name = "zone_area", length = 32)
    private String zoneArea;

    @Column(name = "industry_field", length = 32)
    private String industryField;

    @Column(name = "contact_name", length = 100)
    private String contactName;

    @Column(name = "contact_phone", length = 32)
    private String contactPhone;

    @Column(name = "contact_email", length = 200)
    private String contactEmail;

    @Column(name = "applied_roles", nullable = false, length = 100)
    private String appliedRoles;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private OrganisationStatus status;

    @Column(name = "review_note", length = 1000)
    private String reviewNote;

    @Column(name = "reviewed_by", length = 64)
    private String reviewedBy;

    @Column(name = "reviewed_at")
    private Instant reviewedAt;

    private boolean demo;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected Organisation() {
    }

    Organisation(OrganisationRegistration form, boolean demo, Instant now) {
        this.name = form.name().trim();
        this.creditCode = CreditCode.of(form.creditCode()).value();
        this.legalRepresentative = trim(form.legalRepresentative());
        this.zoneArea = form.zoneArea();
        this.industryField = form.industryField();
        this.contactName = trim(form.contactName());
        this.contactPhone = trim(form.contactPhone());
        this.contactEmail = trim(form.contactEmail());
        this.appliedRoles = String.join(",", new TreeSet<>(form.roles()));
        this.status = OrganisationStatus.PENDING;
        this.demo = demo;
        this.createdAt = now;
    }

    void verify(String manager, Instant now) {
        if (status != OrganisationStatus.PENDING) {
            throw new BusinessRuleException("error.organisation.not-pending");
        }
        status = OrganisationStatus.VERIFIED;
        reviewedBy = manager;
        reviewedAt = now;
        reviewNote = null;
    }

    void reject(String manager, String reason, Instant now) {
        if (status != OrganisationStatus.PENDING) {
            throw new BusinessRuleException("error.organisation.not-pending");
        }
        if (reason == null || reason.isBlank()) {
            throw new BusinessRuleException("error.reason-required");
        }
        status = OrganisationStatus.REJECTED;
        reviewedBy = manager;
        reviewedAt = now;
        reviewNote = reason.trim();
    }

    /** Whether two organisations are related parties (DESIGN §4): same code, representative or contact. */
    boolean isRelatedTo(Organisation other) {
        if (other == null) {
            return false;
        }
        if (id != null && id.equals(other.id)) {
            return true;
        }
        return same(creditCode, other.creditCode) || same(legalRepresentative, other.legalRepresentative)
                || same(contactPhone, other.contactPhone) || sameIgnoreCase(contactEmail, other.contactEmail);
    }

    private static boolean same(String a, String b) {
        return a != null && !a.isBlank() && a.trim().equals(b == null ? null : b.trim());
    }

    private static boolean sameIgnoreCase(String a, String b) {
        return a != null && !a.isBlank() && b != null && a.trim().equalsIgnoreCase(b.trim());
    }

    private static String trim(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    Long getId() {
        return id;
    }

    String getName() {
        return name;
    }

    String getCreditCode() {
        return creditCode;
    }

    String getLegalRepresentative() {
        return legalRepresentative;
    }

    String getContactPhone() {
        return contactPhone;
    }

    String getContactEmail() {
        return contactEmail;
    }

    OrganisationStatus getStatus() {
        return status;
    }

    Set<String> getAppliedRoles() {
        return Arrays.stream(appliedRoles.split(",")).filter(s -> !s.isBlank())
                .collect(Collectors.toCollection(TreeSet::new));
    }

    OrganisationSummary summary() {
        return new OrganisationSummary(id, name, creditCode, legalRepresentative, zoneArea, industryField,
                contactName, contactPhone, contactEmail, getAppliedRoles(), status, reviewNote, reviewedBy,
                reviewedAt, demo, createdAt);
    }
}
