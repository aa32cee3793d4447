package com.scenehub.security;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One entry of the security log: logins, failures, lockouts, role and account changes. */
@Entity
@Table(name = "security_event")
class SecurityEvent {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 32)
    private SecurityEventType type;

    @Column(length = 64)
    private String username;

    @Column(length = 64)
    private String actor;

    @Column(length = 500)
    private String detail;

    protected SecurityEvent() {
    }

    SecurityEvent(Instant occurredAt, SecurityEventType type, String username, String actor, String detail) {
        this.occurredAt = occurredAt;
        this.type = type;
        this.username = username;
        this.actor = actor;
        this.detail = detail == null ? null : detail.substring(0, Math.min(detail.length(), 500));
    }

    SecurityEventView view() {
        return new SecurityEventView(id, occurredAt, type, username, actor, detail);
    }
}
