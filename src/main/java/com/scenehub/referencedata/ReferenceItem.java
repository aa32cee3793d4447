package com.scenehub.referencedata;

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
import org.hibernate.envers.Audited;

/** One entry of a reference list, named in both languages. */
@Entity
@Table(name = "reference_item")
@Audited
class ReferenceItem {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 32)
    private ReferenceKind kind;

    @Column(nullable = false, length = 32)
    private String code;

    @Column(name = "parent_code", length = 32)
    private String parentCode;

    @Column(name = "name_zh", nullable = false, length = 100)
    private String nameZh;

    @Column(name = "name_en", nullable = false, length = 100)
    private String nameEn;

    @Column(name = "sort_order")
    private int sortOrder;

    private boolean active = true;

    protected ReferenceItem() {
    }

    ReferenceItem(ReferenceKind kind, String code, String parentCode, String nameZh, String nameEn, int sortOrder) {
        this.kind = kind;
        this.code = code;
        this.parentCode = parentCode;
        rename(nameZh, nameEn);
        this.sortOrder = sortOrder;
    }

    void rename(String newNameZh, String newNameEn) {
        if (newNameZh == null || newNameZh.isBlank() || newNameEn == null || newNameEn.isBlank()) {
            throw new BusinessRuleException("error.reference.names-required");
        }
        this.nameZh = newNameZh.trim();
        this.nameEn = newNameEn.trim();
    }

    void reorder(int newSortOrder) {
        this.sortOrder = newSortOrder;
    }

    void activate(boolean isActive) {
        this.active = isActive;
    }

    String getCode() {
        return code;
    }

    ReferenceEntry entry() {
        return new ReferenceEntry(id, kind, code, parentCode, nameZh, nameEn, sortOrder, active);
    }
}
