package com.scenehub.opportunity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/** A public correction notice (更正公告) of a published opportunity. */
@Entity
@Table(name = "corrigendum")
class Corrigendum {

    private static final String FIELD_SEPARATOR = "\u001F";
    private static final String LINE_SEPARATOR = "\u001E";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "opportunity_id", nullable = false)
    private Long opportunityId;

    @Column(nullable = false, length = 2000)
    private String reason;

    @Column(nullable = false, length = 4000)
    private String changes;

    @Column(name = "published_at", nullable = false)
    private Instant publishedAt;

    @Column(name = "published_by", nullable = false, length = 100)
    private String publishedBy;

    protected Corrigendum() {
    }

    Corrigendum(Long opportunityId, String reason, List<CorrigendumChange> changes, String by, Instant now) {
        this.opportunityId = opportunityId;
        this.reason = reason.trim();
        String encoded = changes.stream()
                .map(c -> c.field() + FIELD_SEPARATOR + c.oldValue() + FIELD_SEPARATOR + c.newValue())
                .collect(Collectors.joining(LINE_SEPARATOR));
        this.changes = encoded.length() > 4000 ? encoded.substring(0, 4000) : encoded;
        this.publishedBy = by;
        this.publishedAt = now;
    }

    CorrigendumSummary summary(int number) {
        List<CorrigendumChange> list = Arrays.stream(changes.split(LINE_SEPARATOR)).map(line -> {
            String[] parts = line.split(FIELD_SEPARATOR, -1);
            return new CorrigendumChange(parts[0], parts.length > 1 ? parts[1] : "", parts.length > 2 ? parts[2] : "");
        }).toList();
        return new CorrigendumSummary(id, opportunityId, number, reason, list, publishedAt, publishedBy);
    }
}
