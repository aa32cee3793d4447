package com.scenehub.opportunity;

import com.scenehub.shared.domain.BusinessRuleException;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** A numbered batch: "2026年第1批新经济应用场景机会清单". */
@Entity
@Table(name = "opportunity_list")
class OpportunityList {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @Column(name = "list_year", nullable = false)
    private int year;

    @Column(name = "sequence_no", nullable = false)
    private int sequence;

    @Column(nullable = false, length = 200)
    private String title;

    @Column(length = 2000)
    private String note;

    private boolean published;

    @Column(name = "published_at")
    private Instant publishedAt;

    @Column(name = "published_by", length = 100)
    private String publishedBy;

    private boolean demo;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "opportunity_list_supply", joinColumns = @JoinColumn(name = "list_id"))
    @Column(name = "supply_item_id")
    private Set<Long> supplyItemIds = new LinkedHashSet<>();

    protected OpportunityList() {
    }

    OpportunityList(int year, int sequence, String note, boolean demo, Instant now) {
        this.year = year;
        this.sequence = sequence;
        this.title = officialTitle(year, sequence);
        this.note = note == null || note.isBlank() ? null : note.trim();
        this.demo = demo;
        this.createdAt = now;
    }

    static String officialTitle(int year, int sequence) {
        return year + "年第" + sequence + "批新经济应用场景机会清单";
    }

    void requireUnpublished() {
        if (published) {
            throw new BusinessRuleException("error.list.published");
        }
    }

    void addSupplyItem(Long itemId) {
        requireUnpublished();
        supplyItemIds.add(itemId);
    }

    void removeSupplyItem(Long itemId) {
        requireUnpublished();
        supplyItemIds.remove(itemId);
    }

    void publish(String by, Instant now) {
        requireUnpublished();
        published = true;
        publishedAt = now;
        publishedBy = by;
    }

    Long getId() {
        return id;
    }

    String getTitle() {
        return title;
    }

    int getYear() {
        return year;
    }

    int getSequence() {
        return sequence;
    }

    boolean isPublished() {
        return published;
    }

    OpportunityListSummary summary(List<Long> opportunityIds) {
        return new OpportunityListSummary(id, year, sequence, title, note, published, publishedAt,
                List.copyOf(opportunityIds), new ArrayList<>(supplyItemIds), demo);
    }
}
