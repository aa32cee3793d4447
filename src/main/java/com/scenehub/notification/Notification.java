package com.scenehub.notification;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/**
 * One message for one user. The text is stored as a translation key and its arguments so it is
 * shown in whatever language the user reads in later.
 */
@Entity
@Table(name = "notification")
class Notification {

    private static final String SEPARATOR = "\u001F";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "recipient_id", nullable = false)
    private Long recipientId;

    @Column(name = "message_key", nullable = false, length = 100)
    private String messageKey;

    @Column(name = "arguments", length = 2000)
    private String arguments;

    @Column(length = 200)
    private String link;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "read_at")
    private Instant readAt;

    @Column(name = "emailed_at")
    private Instant emailedAt;

    @Column(name = "email_error", length = 500)
    private String emailError;

    protected Notification() {
    }

    Notification(Long recipientId, String messageKey, List<String> args, String link, Instant now) {
        this.recipientId = recipientId;
        this.messageKey = messageKey;
        this.arguments = args == null || args.isEmpty() ? null : String.join(SEPARATOR, args);
        this.link = link;
        this.createdAt = now;
    }

    void markRead(Instant now) {
        if (readAt == null) {
            readAt = now;
        }
    }

    void emailed(Instant now) {
        emailedAt = now;
        emailError = null;
    }

    void emailFailed(String error) {
        emailError = error == null ? "unknown" : error.substring(0, Math.min(500, error.length()));
    }

    Long getId() {
        return id;
    }

    Long getRecipientId() {
        return recipientId;
    }

    String getMessageKey() {
        return messageKey;
    }

    Object[] getArguments() {
        return arguments == null ? new Object[0] : Arrays.stream(arguments.split(SEPARATOR, -1)).toArray();
    }

    String getLink() {
        return link;
    }

    NotificationView view() {
        return new NotificationView(id, messageKey, List.of(getArguments()), link, createdAt, readAt);
    }
}
