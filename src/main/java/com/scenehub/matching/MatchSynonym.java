package com.scenehub.matching;

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
import java.util.List;

/**
 * One group of terms that mean the same thing to the zone (e.g. AGV | 自动导引车 | 无人搬运车), or the
 * Chinese and English words for one concept (仓库 | 仓储 | warehouse).
 */
@Entity
@Table(name = "match_synonym")
class MatchSynonym {

    static final String SEPARATOR = "|";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private SynonymKind kind = SynonymKind.SYNONYM;

    @Column(nullable = false, length = 1000)
    private String terms;

    @Column(length = 200)
    private String note;

    @Column(nullable = false)
    private boolean active = true;

    @Column(name = "updated_by", nullable = false, length = 64)
    private String updatedBy;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected MatchSynonym() {
    }

    MatchSynonym(SynonymKind kind, List<String> terms, String note, String by, Instant now) {
        this.kind = kind;
        change(terms, note, true, by, now);
    }

    void change(List<String> newTerms, String newNote, boolean nowActive, String by, Instant now) {
        this.terms = String.join(SEPARATOR, newTerms);
        this.note = newNote == null || newNote.isBlank() ? null : newNote.strip();
        this.active = nowActive;
        this.updatedBy = by;
        this.updatedAt = now;
    }

    SynonymGroup group() {
        return new SynonymGroup(id, kind, List.of(terms.split("\\|")), note, active, updatedBy, updatedAt);
    }

    Long getId() {
        return id;
    }
}
